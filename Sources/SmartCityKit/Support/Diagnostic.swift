/// How serious a problem is.
package enum Severity: String, Sendable, Comparable {
    /// Information, such as which survey tool an export was read as; never fails a run.
    case note
    case warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

    /// Notes below warnings below errors.
    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a problem is: a place in a text file (line and column) or a cell of a CSV file
/// (data row and column name).
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The position inside the file.
    package enum Position: Sendable, Hashable {
        /// The whole file.
        case file
        /// A 1-based line and column.
        case text(line: Int, column: Int)
        /// A CSV cell: the row as a spreadsheet numbers it (header = 1) and the column's name.
        case cell(row: Int, column: String)
        /// A whole CSV row, numbered as a spreadsheet numbers it.
        case row(Int)
    }

    var file: String
    var position: Position

    package init(file: String, position: Position = .file) {
        self.file = file
        self.position = position
    }

    init(file: String, line: Int, column: Int) {
        self.init(file: file, position: .text(line: line, column: column))
    }

    init(file: String, row: Int, column: String) {
        self.init(file: file, position: .cell(row: row, column: column))
    }

    /// `file:line:column`, `file:row:column-name` or `file`.
    package var description: String {
        switch position {
        case .file: return file
        case .text(let line, let column): return "\(file):\(line):\(column)"
        case .cell(let row, let column): return "\(file):\(row):\(column)"
        case .row(let row): return "\(file):\(row)"
        }
    }
}

/// One problem found in an input, with where it is and what to do about it.
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    package var severity: Severity
    package var location: SourceLocation
    package var message: String

    init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error: the input is invalid.
    package static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    /// A warning: probably a mistake; fatal with `--strict`.
    static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    /// A note: information only.
    static func note(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.note, location, message)
    }

    /// `path:line:col: error: message`.
    package var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic fails the run: errors always, warnings when `strict`.
    package func isFailure(strict: Bool) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Counts of errors and warnings (notes are not counted).
    package var counts: (errors: Int, warnings: Int) {
        (filter { $0.severity == .error }.count, filter { $0.severity == .warning }.count)
    }
}
