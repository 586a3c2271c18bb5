/// Locale-independent number formatting: `.` as decimal point, fixed digits, the same on
/// every machine (Foundation's formatters follow the locale, and Linux ignores `LANG`).
public enum NumberFormat {
    /// `value` with exactly `digits` decimals, rounded half away from zero.
    public static func fixed(_ value: Double, digits: Int) -> String {
        precondition(digits >= 0 && digits <= 9, "digits out of range")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "Inf") }
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

    /// The shortest plain form: `20`, `0.5`, `12.25` (no exponent, no trailing zeros).
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = fixed(value, digits: 9)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share (0-1) as a percentage with `digits` decimals and a `%` sign: `0.4367` -> `43.7 %`.
    public static func percent(_ share: Double, digits: Int = 1) -> String {
        fixed(share * 100, digits: digits) + " %"
    }

    /// Parses a number as people write it in files: `.` or a decimal comma, optional sign,
    /// surrounding spaces; no thousands separators, no exponent.
    public static func parse(_ text: Substring) -> Double? {
        let trimmed = String(text).trimmingSpaces
        var sawComma = false, sawPoint = false
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): continue
            case UInt8(ascii: "."): sawPoint = true
            case UInt8(ascii: ","):
                if sawComma { return nil }
                sawComma = true
            default: return nil
            }
        }
        if sawComma && sawPoint { return nil }
        guard let value = Double(sawComma ? String(trimmed.map { $0 == "," ? "." : $0 }) : trimmed), value.isFinite else { return nil }
        return value
    }
}
