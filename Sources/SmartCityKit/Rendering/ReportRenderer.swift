import Foundation

/// A file produced by a renderer, relative to the output folder.
public struct RenderedFile: Sendable, Equatable {
    public var relativePath: String
    public var contents: String

    public init(relativePath: String, contents: String) {
        self.relativePath = relativePath
        self.contents = contents
    }
}

/// Turns report values into files. Renderers are pure: same values, same bytes.
public protocol ReportRenderer: Sendable {
    func render(_ report: CohortReport, strings: ReportStrings) -> [RenderedFile]
}

/// The report formats `smartcity score --format` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case markdown, csv, json

    /// The renderer of this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .markdown: return MarkdownReportRenderer()
        case .csv: return CSVReportRenderer()
        case .json: return JSONReportRenderer()
        }
    }
}

/// How numbers appear in reports, the same in every format and language.
enum ReportNumbers {
    /// Scores in Markdown: two decimals.
    static func score(_ value: Double) -> String { NumberFormat.fixed(value, digits: 2) }
    /// Scores in CSV and JSON: four decimals.
    static func precise(_ value: Double) -> String { NumberFormat.fixed(value, digits: 4) }
}

extension CohortReport {
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

    /// The responses file a respondent came from.
    func sourceFile(of respondent: ScoredRespondent) -> SourceFile? {
        responseFiles.first { $0.path == respondent.file }
    }

    /// File names for per-respondent reports: a slug of the id, unique within the run.
    func respondentFileNames() -> [String] {
        var used = Set<String>()
        return respondents.map { respondent in
            var base = Self.slug(respondent.id)
            if base.isEmpty { base = "respondent-\(respondent.row)" }
            var name = base
            var suffix = 2
            while !used.insert(name).inserted {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            return name
        }
    }

    /// Lowercase ASCII letters and digits (accents dropped), other runs replaced by `-`.
    static func slug(_ text: String) -> String {
        var slug = ""
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
