/// Keeps a flood of diagnostics readable: a column that is wrong on every row reports its first
/// few cells and then how many more there were, instead of a line per row.
package struct DiagnosticLimiter: Sendable {
    /// How many diagnostics of one column (or of whole rows) of one file are shown.
    let limit: Int
    private var shown: [String: Int] = [:]
    private var suppressed: [String: (file: String, place: String, count: Int, severity: Severity)] = [:]
    private var order: [String] = []

    package init(limit: Int = 20) { self.limit = limit }

    /// The diagnostics to show now; the others are counted.
    package mutating func admit(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            let place: String
            switch diagnostic.location.position {
            case .cell(_, let column): place = "column \"\(column)\""
            case .row: place = "rows"
            case .file, .text: return true
            }
            let key = diagnostic.location.file + "\u{0}" + place
            let count = shown[key, default: 0]
            if count < limit {
                shown[key] = count + 1
                return true
            }
            if var entry = suppressed[key] {
                entry.count += 1
                entry.severity = max(entry.severity, diagnostic.severity)
                suppressed[key] = entry
            } else {
                suppressed[key] = (diagnostic.location.file, place, 1, diagnostic.severity)
                order.append(key)
            }
            return false
        }
    }

    /// One line per column whose diagnostics were not all shown.
    package func summary() -> [Diagnostic] {
        order.compactMap { key in
            guard let entry = suppressed[key] else { return nil }
            let noun = entry.severity == .error ? "problem" : "warning"
            return Diagnostic(entry.severity, SourceLocation(file: entry.file),
                              "\(entry.place): \(entry.count) more \(entry.count == 1 ? noun : noun + "s") like the ones above were not shown")
        }
    }
}
