/// Keeps a flood of diagnostics readable: a column that is wrong on every row reports its first
/// few cells and then how many more there were, instead of a line per row.
package struct DiagnosticLimiter: Sendable {
    /// Where the diagnostics not shown are: a column of a file, or its whole rows.
    package enum Place: Sendable, Hashable {
        case column(String)
        case rows
    }

    /// How many diagnostics of one column (or of whole rows) of one file are shown.
    let limit: Int
    /// A column (or the rows) of one file.
    private struct Key: Hashable {
        var file: String
        var place: Place
    }
    private var shown: [Key: Int] = [:]
    private var suppressed: [Key: (count: Int, severity: Severity)] = [:]
    private var order: [Key] = []

    package init(limit: Int = 20) { self.limit = limit }

    /// The diagnostics to show now; the others are counted.
    package mutating func admit(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            let place: Place
            switch diagnostic.location.position {
            case .cell(_, let column): place = .column(column)
            case .row: place = .rows
            case .file, .text: return true
            }
            let key = Key(file: diagnostic.location.file, place: place)
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
                suppressed[key] = (1, diagnostic.severity)
                order.append(key)
            }
            return false
        }
    }

    /// One line per column whose diagnostics were not all shown, worded by `notShown` (where,
    /// how many, whether any is an error) in the run's language.
    package func summary(_ notShown: (Place, Int, Bool) -> String) -> [Diagnostic] {
        order.compactMap { key in
            guard let entry = suppressed[key] else { return nil }
            return Diagnostic(entry.severity, SourceLocation(file: key.file), notShown(key.place, entry.count, entry.severity == .error))
        }
    }
}

extension DiagnosticLimiter.Place {
    /// The column's name; nil for whole rows.
    package var column: String? {
        if case .column(let name) = self { return name }
        return nil
    }
}
