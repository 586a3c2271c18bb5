/// An answer read from a responses file, before scoring.
public enum Answer: Sendable, Equatable {
    /// Nothing was written.
    case blank
    /// The survey tool did not show the question (its conditions skipped it): like "not applicable".
    case notShown
    /// "Don't know" or "not applicable".
    case nonAnswer(NonAnswer.Kind)
    /// A scale value (likert, level) or a number.
    case number(Double)
    /// The code of the chosen option.
    case choice(String)
    /// The codes of the chosen options of a multi question (possibly none).
    case choices(Set<String>)
    case yesNo(Bool)
    /// The cell could not be read; it was reported and is not scored.
    case invalid
}

/// How a per-option column (`Q12[opt]`) says whether its option was chosen.
enum OptionMark {
    /// Cells (lowercased) that mean "chosen"; the option's own code means it too.
    static let chosen: Set<String> = ["1", "y", "yes", "x", "true", "ja", "oui"]
    /// Cells (lowercased) that mean "not chosen"; an empty cell says nothing.
    static let notChosen: Set<String> = ["0", "n", "no", "false", "nee", "non"]
}

/// One respondent's row, with its answers aligned to the questionnaire's questions.
public struct ResponseRow: Sendable {
    /// The row number as a spreadsheet shows it (the header is row 1).
    public var row: Int
    public var respondentID: String
    /// Values of the metadata columns, aligned with `ResponseLayout.metadataColumns`.
    public var metadata: [String]
    public var answers: [Answer]

    public init(row: Int, respondentID: String, metadata: [String], answers: [Answer]) {
        self.row = row
        self.respondentID = respondentID
        self.metadata = metadata
        self.answers = answers
    }
}

/// A row that could not be scored, and why; reports list these.
public struct ExcludedRow: Sendable, Equatable {
    /// Why a row was left out; reports word it in their language.
    public enum Reason: Sendable, Equatable {
        case wrongFieldCount(found: Int, expected: Int)
        case missingID
        /// The id was already used, on `row` of `file`.
        case duplicateID(file: String, row: Int)
        /// The file could not be read from here on.
        case unreadable

        /// The reason with the file it names shown another way (a report shows file names, not paths).
        public func naming(_ show: (SourceFile) -> String) -> Reason {
            guard case .duplicateID(let file, let row) = self else { return self }
            return .duplicateID(file: show(SourceFile(path: file, sha256: "")), row: row)
        }
    }

    public var row: Int
    public var respondentID: String?
    public var reason: Reason

    public init(row: Int, respondentID: String?, reason: Reason) {
        self.row = row
        self.respondentID = respondentID
        self.reason = reason
    }
}

/// How to read a responses file.
public struct ReadingOptions: Sendable {
    /// The name of the column that identifies a respondent; nil: `id`, or the survey tool's own.
    public var idColumn: String?
    /// The survey tool that wrote the file; nil: detect it.
    public var dialect: SurveyDialect?
    /// How the export's columns and labels map to the questionnaire.
    public var mapping: ResponseMapping?

    public init(idColumn: String? = nil, dialect: SurveyDialect? = nil, mapping: ResponseMapping? = nil) {
        self.idColumn = idColumn
        self.dialect = dialect
        self.mapping = mapping
    }

    /// The id column of a file in our own format.
    public var plainIDColumn: String { idColumn ?? "id" }
}

/// Which column holds what, decided from the header.
public struct ResponseLayout: Sendable {
    public var idColumn: Int
    /// Non-question columns, carried into every output: (name, column index).
    public var metadataColumns: [(name: String, index: Int)]
    /// The column of each question answered in one cell, by question index.
    public var questionColumns: [Int: Int]
    /// The per-option columns (`Q12[opt]`) of multi questions, by question index.
    public var optionColumns: [Int: [(code: String, index: Int)]]
    /// The number of fields every row must have.
    public var width: Int
    /// The header names, for locations.
    public var names: [String]

    /// Metadata column names, in file order.
    public var metadataNames: [String] { metadataColumns.map(\.name) }
}
