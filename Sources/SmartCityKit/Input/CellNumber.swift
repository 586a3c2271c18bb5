/// A number stored in a workbook cell (`<v>0.04</v>`), checked before it is converted, and shown
/// as the spreadsheet shows it: a plain number, a date, or a percentage.
struct CellNumber {
    /// Excel shows dates from serial 0 (1900-01-00) to 2,958,465 (9999-12-31); a date-formatted
    /// value outside is no date (Excel shows `####`).
    static let dateSerials = 0.0..<2_958_466.0

    /// The numeral as written, and its value.
    let numeral: Substring
    package let value: Double

    /// A numeral as XML Schema writes a double (`-1.5`, `4E-2`, `.5`): no `nan`, `inf`, hex or
    /// spaces, which `Double(_:)` would accept; nil as well for values too large for a double.
    init?(_ text: Substring) {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let mantissaEnd = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.endIndex
        let mantissa = bytes[..<mantissaEnd]
        let digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        guard !digits.isEmpty, mantissa.count - digits.count <= 1, digits.allSatisfy(Self.isDigit) else { return nil }
        if mantissaEnd < bytes.endIndex {
            var exponent = bytes[bytes.index(after: mantissaEnd)...]
            if let sign = exponent.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy(Self.isDigit) else { return nil }
        }
        guard let value = Double(text), value.isFinite else { return nil }
        numeral = text
        self.value = value
    }

    /// As a number cell reads in a responses file, with the 15 significant digits a spreadsheet
    /// keeps: `3`, `4.5`, `20.4100614385744` (not rounded further; `0.035000000000000003` is `0.035`).
    var plainText: String { decimalText(shiftedBy: 0) }

    /// The date of a date-formatted value, `yyyy-MM-dd` (with ` HH:mm` when it has a time); nil
    /// outside the dates Excel shows. `dateOffset` is 1462 in the 1904 date system.
    func dateText(dateOffset: Double) -> String? {
        let serial = value + dateOffset
        guard Self.dateSerials.contains(serial) else { return nil }
        return Self.dateText(serial: serial)
    }

    /// The percentage a percent-formatted value shows, as typed: 0.04 -> `4%`. The value is taken
    /// to the 15 significant digits a spreadsheet keeps (`0.035000000000000003` is 3.5 %) and
    /// multiplied by 100 on its decimal digits, never in binary (which can give 4.000000000000001).
    var percentText: String { decimalText(shiftedBy: 2) + "%" }

    /// The value times 10^`shift`, from its decimal digits: plain notation, or `1.5e300` far from 1.
    private func decimalText(shiftedBy shift: Int) -> String {
        var (negative, digits, exponent) = decimal()
        exponent += shift
        if digits.isEmpty { return "0" }
        let text: String
        if exponent > 21 || exponent < -20 {
            // Far beyond any number typed: keep it readable (and the parse in the answer decoder exact).
            let rest = digits.dropFirst()
            text = String(decoding: digits.prefix(1), as: UTF8.self) + (rest.isEmpty ? "" : "." + String(decoding: rest, as: UTF8.self)) + "e\(exponent - 1)"
        } else if exponent <= 0 {
            text = "0." + String(repeating: "0", count: -exponent) + String(decoding: digits, as: UTF8.self)
        } else if exponent >= digits.count {
            text = String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: exponent - digits.count)
        } else {
            text = String(decoding: digits[..<exponent], as: UTF8.self) + "." + String(decoding: digits[exponent...], as: UTF8.self)
        }
        return (negative ? "-" : "") + text
    }

    /// The value as 0.d1d2... × 10^exponent: its significant digits (at most 15, rounded half
    /// up, no leading or trailing zeros; empty for zero) and the exponent.
    private func decimal() -> (negative: Bool, digits: [UInt8], exponent: Int) {
        guard value != 0 else { return (false, [], 0) }
        var bytes = numeral.utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let mantissaEnd = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.endIndex
        // The written exponent: the value is finite and not zero, so it has at most a few hundred
        // plus the numeral's length; more digits than that are leading zeros or the value is 0 or infinite.
        var exponent = 0
        if mantissaEnd < bytes.endIndex {
            var written = bytes[bytes.index(after: mantissaEnd)...]
            let minus = written.first == UInt8(ascii: "-")
            if let sign = written.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { written = written.dropFirst() }
            let significant = written.drop { $0 == UInt8(ascii: "0") }
            exponent = significant.prefix(9).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } * (minus ? -1 : 1)
        }
        let mantissa = bytes[..<mantissaEnd]
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.endIndex
        var digits = Array(mantissa.filter { $0 != UInt8(ascii: ".") })
        exponent += mantissa.distance(from: mantissa.startIndex, to: point)
        let leading = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leading)
        exponent -= leading
        if digits.count > 15 {
            let roundUp = digits[15] >= UInt8(ascii: "5")
            digits.removeLast(digits.count - 15)
            if roundUp {
                var position = digits.count - 1
                while position >= 0, digits[position] == UInt8(ascii: "9") { digits[position] = UInt8(ascii: "0"); position -= 1 }
                if position >= 0 { digits[position] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0); exponent += 1 }
            }
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (negative, digits, exponent)
    }

    /// An Excel date serial (days since 1899-12-30) as `yyyy-MM-dd`, with ` HH:mm` when it has a
    /// time (` HH:mm:ss` when the seconds are not 0; the time rounded to the second); a serial
    /// below 1 with a time is a time of day alone (`14:40:30`), as a time format shows it.
    /// Serials 1 to 59 count from 1900-01-01 and 60 is 1900-02-29, as in Excel, which took 1900
    /// for a leap year (Lotus 1-2-3 did).
    static func dateText(serial: Double) -> String {
        let totalSeconds = Int((serial * 86_400).rounded())
        var days = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let clock = "\(two(seconds / 3600)):\(two(seconds / 60 % 60))" + (seconds % 60 == 0 ? "" : ":\(two(seconds % 60))")
        if days == 0 && seconds != 0 { return clock }
        let time = seconds == 0 ? "" : " " + clock
        if days == 60 { return "1900-02-29" + time }
        if days >= 1 && days < 60 { days += 1 }
        // Days from 1970-01-01, then the civil date (Howard Hinnant's algorithm).
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(two(month))-\(two(day))" + time
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
