/// Locale-independent number formatting: `.` as decimal point, fixed digits, the same on
/// every machine (Foundation's formatters follow the locale, and Linux ignores `LANG`).
enum NumberFormat {
    /// `value` with exactly `digits` decimals, rounded half away from zero on the shortest
    /// decimal that reads back as `value`: 2.675 prints as 2.68, as a person computing by hand
    /// expects, not as 2.67 from its binary expansion 2.67499999...
    static func fixed(_ value: Double, digits: Int) -> String {
        precondition(digits >= 0 && digits <= 9, "digits out of range")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "Inf") }
        let shortest = Array("\(abs(value))".utf8)
        guard !shortest.contains(UInt8(ascii: "e")) else { return scaledFixed(value, digits: digits) }
        let point = shortest.firstIndex(of: UInt8(ascii: ".")) ?? shortest.count
        let integer = shortest[..<point], fraction = point < shortest.count ? shortest[(point + 1)...] : []
        var kept = Array(integer) + fraction.prefix(digits) + Array(repeating: UInt8(ascii: "0"), count: max(0, digits - fraction.count))
        if fraction.count > digits, fraction[fraction.startIndex + digits] >= UInt8(ascii: "5") {
            var position = kept.count - 1
            while position >= 0 {
                if kept[position] == UInt8(ascii: "9") {
                    kept[position] = UInt8(ascii: "0")
                    position -= 1
                } else {
                    kept[position] += 1
                    break
                }
            }
            if position < 0 { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        let wholeDigits = kept.count - digits
        let whole = String(decoding: kept[..<wholeDigits], as: UTF8.self)
        let isZero = kept.allSatisfy { $0 == UInt8(ascii: "0") }
        var text = (value < 0 && !isZero ? "-" : "") + whole
        if digits > 0 { text += "." + String(decoding: kept[wholeDigits...], as: UTF8.self) }
        return text
    }

    /// `|value|` times 10^`digits` rounded to a whole number, and whether `value` is negative,
    /// when that settles `fixed`'s rounding without its text: the scaled value below 2^32 and
    /// more than 10^-4 from a half. The shortest decimal lies within half a unit in the last
    /// place of `value` and the product within one of its own, both far below 10^-4 there,
    /// so the two round to the same whole number. Nil otherwise (ties, large or not finite values).
    static func scaledRounded(_ value: Double, digits: Int) -> (magnitude: UInt64, negative: Bool)? {
        guard value.isFinite, digits >= 0, digits < powersOfTen.count else { return nil }
        let scaled = abs(value) * powersOfTen[digits]
        guard scaled < 0x1p32, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-4 else { return nil }
        return (UInt64(scaled.rounded(.toNearestOrAwayFromZero)), value < 0)
    }

    /// 10^0 to 10^9, exact as `Double`s.
    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000]

    /// Rounding by scaling, for numbers whose shortest form has an exponent.
    private static func scaledFixed(_ value: Double, digits: Int) -> String {
        var scale: Double = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let whole = units / divisor
        let negative = value < 0 && units != 0
        var text = (negative ? "-" : "") + String(whole)
        if digits > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }

    /// The shortest text that reads back as the same `Double` (`50`, `16.666666666666668`,
    /// `1e-05`), for files other programs recompute from.
    static func roundTrip(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// The shortest plain form: `20`, `0.5`, `12.25` (no exponent, no trailing zeros).
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = fixed(value, digits: 9)
        // Beyond fixed digits it is written with an exponent (`1e+300`), whose zeros are not trailing.
        guard !text.contains("e") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share (0-1) as a percentage with `digits` decimals and a `%` sign: `0.4367` -> `43.7 %`.
    static func percent(_ share: Double, digits: Int = 1) -> String {
        fixed(share * 100, digits: digits) + " %"
    }

    /// Parses a number as people and spreadsheets write it: `.` or a decimal comma, thousands
    /// separators (`.`, `,`, space, no-break space U+00A0, narrow no-break space U+202F, `'`),
    /// an optional sign, surrounding spaces, an exponent (`1e3`). With both `,` and `.`, the last
    /// one is the decimal point; a separator that occurs more than once separates thousands; one
    /// that occurs once is the decimal point (`1,5` and `1.5` are one and a half).
    package static func parse(_ text: Substring) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// The same on the UTF-8 bytes of a cell, without making a string for plain numbers.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        // Fast path: an optional sign and up to 15 digits.
        if !bytes.isEmpty, bytes.count <= 16 {
            var index = 0
            var negative = false
            if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
                negative = bytes[0] == UInt8(ascii: "-")
                index = 1
            }
            if index < bytes.count {
                var value: Int64 = 0
                var plain = true
                while index < bytes.count {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    if digit > 9 { plain = false; break }
                    value = value * 10 + Int64(digit)
                    index += 1
                }
                if plain { return negative ? -Double(value) : Double(value) }
            }
        }
        var digits: [UInt8] = []
        var commas = 0, points = 0, lastSeparator: UInt8 = 0
        var exponent: [UInt8] = []
        var inExponent = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inExponent {
                guard (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && exponent.isEmpty) else { return nil }
                exponent.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): digits.append(byte)
            case UInt8(ascii: ","): commas += 1; lastSeparator = byte; digits.append(byte)
            case UInt8(ascii: "."): points += 1; lastSeparator = byte; digits.append(byte)
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard digits.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
                inExponent = true
            case 0x20, 0x09, UInt8(ascii: "'"): continue  // spaces and group separators
            case 0xC2 where index < bytes.count && bytes[index] == 0xA0: index += 1  // U+00A0
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && bytes[index + 1] == 0xAF: index += 2  // U+202F
            default: return nil
            }
        }
        if inExponent && !exponent.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return nil }
        let decimal: UInt8?
        if commas > 0 && points > 0 {
            decimal = lastSeparator
        } else if commas == 1 {
            decimal = UInt8(ascii: ",")
        } else if points == 1 {
            decimal = UInt8(ascii: ".")
        } else {
            decimal = nil
        }
        if decimal != nil, (decimal == UInt8(ascii: ",") ? commas : points) > 1 { return nil }
        var normalised = ""
        for byte in digits {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                if byte == decimal { normalised.append(".") }
            } else {
                normalised.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        if inExponent { normalised += "e" + String(decoding: exponent, as: UTF8.self) }
        guard let value = Double(normalised), value.isFinite else { return nil }
        return value
    }
}
