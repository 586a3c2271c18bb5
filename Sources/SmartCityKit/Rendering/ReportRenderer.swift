import Foundation

/// A file produced by a renderer, relative to the output folder.
struct RenderedFile: Sendable, Equatable {
    var relativePath: String
    var contents: String

    init(relativePath: String, contents: String) {
        self.relativePath = relativePath
        self.contents = contents
    }
}

/// Where renderers put their files: whole files, or files written in parts as respondents
/// stream past. Paths are relative to the output folder.
package protocol ReportOutput: AnyObject {
    /// Writes a whole file.
    func write(_ contents: String, to relativePath: String) throws
    /// Appends to a file written in parts (created on the first call).
    func append(_ text: String, to relativePath: String) throws
    /// Appends bytes to a file written in parts.
    func append(_ bytes: ByteBuffer, to relativePath: String) throws
    /// Writes a whole binary file (a workbook).
    func write(bytes: [UInt8], to relativePath: String) throws
    /// Appends to a binary file written in parts (a workbook written as a stream).
    func append(bytes: [UInt8], to relativePath: String) throws
}

/// What renderers made of some respondents: bytes to append to streamed files and whole
/// files, in the order they were made.
struct RenderedParts: Sendable {
    /// Bytes for streamed files, one entry per file, in the order first appended to.
    private(set) var streams: [(path: String, bytes: ByteBuffer)] = []
    private(set) var files: [RenderedFile] = []

    init() {}

    /// Appends bytes to a streamed file.
    mutating func append(_ bytes: ByteBuffer, to path: String) {
        if let index = streams.firstIndex(where: { $0.path == path }) {
            streams[index].bytes.append(bytes)
        } else {
            streams.append((path, bytes))
        }
    }

    /// Writes straight into a streamed file's bytes (no buffer of the caller's to copy).
    mutating func appending(to path: String, _ body: (inout ByteBuffer) -> Void) {
        let index = streams.firstIndex { $0.path == path } ?? {
            streams.append((path, ByteBuffer()))
            return streams.count - 1
        }()
        body(&streams[index].bytes)
    }

    /// A whole file.
    package mutating func write(_ contents: String, to path: String) {
        files.append(RenderedFile(relativePath: path, contents: contents))
    }

    /// Writes the parts: whole files, then the streamed bytes.
    package func write(to output: ReportOutput) throws {
        for file in files { try output.write(file.contents, to: file.relativePath) }
        for (path, bytes) in streams { try output.append(bytes, to: path) }
    }
}

/// Turns report values into files: the cohort's files first, then each respondent as it streams
/// past, then what closes the files. Renderers are pure: same values, same bytes.
protocol ReportRenderer: Sendable {
    /// Writes what needs only the cohort summary (and the opening of streamed files).
    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws
    /// Renders one respondent into `parts`. Pure and thread-safe: respondents may be rendered
    /// on several cores at once; their parts are written in input order.
    func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts)
    /// Closes the streamed files.
    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws
}

/// The report formats `smartcity score --format` and `compare --format` write.
package enum OutputFormat: String, Sendable, CaseIterable {
    /// `items`: `item-scores.csv`, one row per respondent and scored question; `xlsx`:
    /// `scores.xlsx`, the scores and summary tables as a workbook in the report language.
    case markdown, csv, json, svg, html, items, xlsx

    /// The renderers of the formats; the Markdown reports show the radars when SVG is among them.
    /// With `longScoresWritten`, the CSV renderer leaves out `scores-long.csv` (the scoring pass wrote it).
    static func renderers(_ formats: [OutputFormat], questionnaire: Questionnaire, targets: Targets? = nil,
                          longScoresWritten: Bool = false) -> [any ReportRenderer] {
        formats.compactMap { format -> (any ReportRenderer)? in
            switch format {
            case .markdown:
                var markdown = MarkdownReportRenderer()
                markdown.document.showsRadar = formats.contains(.svg)
                markdown.document.engine = ScoringEngine(questionnaire: questionnaire)
                markdown.document.targets = targets
                return markdown
            case .csv: return CSVReportRenderer(questionnaire: questionnaire, rendersLongRows: !longScoresWritten)
            case .json: return JSONReportRenderer()
            case .svg: return SVGReportRenderer()
            case .html: return HTMLReportRenderer(questionnaire: questionnaire, targets: targets)
            case .items: return ItemScoresCSVRenderer(questionnaire: questionnaire)
            // The workbook is fed by `ReportGeneration` (`ScoresWorkbook`).
            case .xlsx: return nil
            }
        }
    }

    /// Whether the format writes a file per respondent (which then needs a file name).
    var writesRespondentFiles: Bool { self == .markdown || self == .svg || self == .html }

    /// Whether the format shows item statuses, descriptive answers and file digests (CSV does not).
    package var showsDetails: Bool { self == .markdown || self == .json || self == .html || self == .items }

    /// Whether the format shows each respondent's answers to the scored questions (item scores,
    /// what cost points); `items` cannot do without them.
    package var usesAnswers: Bool { self == .markdown || self == .html || self == .items }

    /// Whether the format shows what each respondent's assessments in other responses files give:
    /// the change since the previous one (`--previous`) and the gaps to its target answers (`--targets FILE`).
    package var showsEarlierAssessments: Bool { self == .markdown || self == .html }

    /// Whether the format shows the answer cells as read (`item-scores.csv`): the run must keep
    /// them (`ScoringRun.Settings.keepsAnswerTexts`).
    package var usesAnswerTexts: Bool { self == .items }
}

/// How numbers appear in reports, the same in every format and language.
struct ReportNumbers: Sendable {
    /// `.` in English, `,` in Dutch and French.
    let decimalSeparator: String

    /// Numbers as a program reads them (`.`).
    static let plain = ReportNumbers(decimalSeparator: ".")

    private func localised(_ text: String) -> String {
        decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// Scores in Markdown: two decimals, rounded half away from zero from the exact value.
    package func score(_ value: Fraction) -> String { localised(value.fixed(digits: 2)) }
    /// Statistics (means, medians) in Markdown: two decimals.
    package func score(_ value: Double) -> String { localised(NumberFormat.fixed(value, digits: 2)) }
    /// A coefficient (alpha, a correlation, a p-value) with `digits` decimals.
    func decimal(_ value: Double, digits: Int) -> String { localised(NumberFormat.fixed(value, digits: digits)) }
    /// Between a percentage and its sign: a narrow no-break space where the decimal sign is a
    /// comma (Dutch and French typography: `43,7 %`), a space otherwise.
    private var percentSign: String { decimalSeparator == "." ? " %" : "\u{202F}%" }

    /// A share (0-1) as a percentage with `digits` decimals, rounded half away from zero from its
    /// exact value (567/2000 is 28.4 %).
    func percent(_ share: Fraction, digits: Int = 1) -> String {
        guard let percentage = share.multiplied(by: .hundred) else { return percent(share.doubleValue, digits: digits) }
        return localised(percentage.fixed(digits: digits)) + percentSign
    }
    /// A share (0-1) as a percentage, from the decimal it is written as: a reference share
    /// 0.285 is 28.5 % (times 100 in binary it would be 28.499999999999996).
    func percent(_ share: Double, digits: Int = 1) -> String {
        guard let exact = Fraction(decimal: share), let percentage = exact.multiplied(by: .hundred) else {
            return localised(NumberFormat.fixed(share * 100, digits: digits)) + percentSign
        }
        return localised(percentage.fixed(digits: digits)) + percentSign
    }
    /// A value as written in a questionnaire or an answer (no trailing zeros).
    func plain(_ value: Double) -> String { localised(NumberFormat.plain(value)) }
}

extension CohortSummary {
    /// Each dimension's share of the total weight (0-1), aligned with the dimensions.
    var weightShares: [Double] {
        let total = questionnaire.dimensions.reduce(0) { $0 + $1.weight }
        return questionnaire.dimensions.map { $0.weight / total }
    }

    /// The label of a band id in a band set.
    func bandLabel(_ id: String?, in set: BandSet) -> String? {
        guard let id, let band = set.bands.first(where: { $0.id == id }) else { return nil }
        return text(band.label)
    }

    /// The band with this id in the bands that classify a dimension.
    func band(_ id: String?, forDimension index: Int) -> Band? {
        guard let id else { return nil }
        return questionnaire.bands(for: questionnaire.dimensions[index]).bands.first { $0.id == id }
    }

    /// A dimension's maturity level as "3 — pilot projects", from its level question's scale.
    func levelText(_ value: Double?, forDimension index: Int, numbers: ReportNumbers) -> String? {
        guard let value, let id = questionnaire.dimensions[index].levelQuestionID,
            let question = questionnaire.questions.first(where: { $0.id == id }), case .level(let scale) = question.kind
        else { return nil }
        let label = scale.points.first { $0.value == value }.map { " — " + text($0.label) } ?? ""
        return numbers.plain(value) + label
    }

    /// The ids of the questions reported as dimension levels.
    var levelQuestionIDs: Set<String> { Set(questionnaire.dimensions.compactMap(\.levelQuestionID)) }

    /// The label of the dimension or section a question belongs to.
    func groupLabel(of question: Question) -> String {
        if let dimension = question.dimensionID.flatMap(questionnaire.dimension) { return text(dimension.label) }
        if let section = questionnaire.sections.first(where: { $0.id == question.sectionID }) { return text(section.label) }
        return question.groupID
    }

    /// An answer in words: option labels, yes/no, a value with its unit or scale label.
    func answerText(_ answer: Answer, to question: Question, strings: ReportStrings) -> String {
        switch answer {
        case .blank: return "—"
        case .notShown: return strings.statusNotShown
        case .invalid: return strings.statusInvalid
        case .nonAnswer(let kind):
            return questionnaire.nonAnswers.first { $0.kind == kind }.map { text($0.label) }
                ?? (kind == .dontKnow ? strings.statusDontKnow : strings.statusNotApplicable)
        case .yesNo(let yes): return text(yes ? YesNoAnswer.yesLabel : YesNoAnswer.noLabel)
        case .choice(let option):
            return optionLabels(OptionSelection([option]), of: question).joined()
        case .choices(let options):
            return optionLabels(options, of: question).joined(separator: "; ")
        case .number(let value):
            switch question.kind {
            case .likert(let scale, _), .level(let scale):
                return strings.numbers.plain(value) + (scale.points.first { $0.value == value }.map { " — " + text($0.label) } ?? "")
            case .number(let scoring):
                return strings.numbers.plain(value) + (scoring.unit.map { " " + text($0) } ?? "")
            default:
                return strings.numbers.plain(value)
            }
        }
    }

    /// Labels of chosen options, in the questionnaire's order.
    private func optionLabels(_ chosen: OptionSelection, of question: Question) -> [String] {
        switch question.kind {
        case .choice(let options), .multi(let options, _):
            return options.indices.filter { chosen.contains($0) }.map { text(options[$0].label) }
        default:
            return chosen.map(String.init)
        }
    }

    /// The responses file a respondent came from.
    func sourceFile(of respondent: ScoredRespondent) -> SourceFile? {
        responseFiles.first { $0.path == respondent.file }
    }
}
