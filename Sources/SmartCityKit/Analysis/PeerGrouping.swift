import Foundation

/// How municipalities are put in peer groups: by the value of a metadata column (region,
/// urban/rural), by classes of a number column (population 0-10000, 10000-25000, ...), or both.
package struct PeerGrouping: Sendable, Equatable {
    /// Classes of a number column: `[edges[i], edges[i + 1])`, below the first and from the last.
    package struct Bins: Sendable, Equatable {
        var column: String
        /// Ascending, distinct.
        var edges: [Double]

        init(column: String, edges: [Double]) {
            self.column = column
            self.edges = edges
        }

        /// Reads `COLUMN=EDGE,EDGE,...` (as `--bins` takes it); nil with the reason when it is not that.
        package static func parse(_ text: String) -> Swift.Result<Bins, BinsError> {
            guard let equals = text.firstIndex(of: "=") else { return .failure(.noEquals) }
            let column = text[..<equals].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty else { return .failure(.noColumn) }
            var edges: [Double] = []
            for part in text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                guard let edge = NumberFormat.parse(Substring(trimmed)), edge.isFinite else { return .failure(.notANumber(trimmed)) }
                edges.append(edge)
            }
            // Splitting keeps empty parts, so an empty list of edges is an edge "" that is not a number.
            guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else { return .failure(.notIncreasing(edges)) }
            return .success(Bins(column: column, edges: edges))
        }

        /// The class of a value: -1 below the first edge, i for `[edges[i], edges[i + 1])`.
        func bin(of value: Double) -> Int {
            edges.lastIndex { value >= $0 } ?? -1
        }

        /// A class's label: "< 10000", "10000–25000", "≥ 50000".
        func label(ofBin bin: Int) -> String {
            if bin < 0 { return "< \(NumberFormat.plain(edges[0]))" }
            if bin == edges.count - 1 { return "≥ \(NumberFormat.plain(edges[bin]))" }
            return "\(NumberFormat.plain(edges[bin]))–\(NumberFormat.plain(edges[bin + 1]))"
        }
    }

    /// Why `--bins` could not be read (worded by `UsageWording`).
    package enum BinsError: Error, Sendable, Equatable {
        /// No `=` between the column and its edges.
        case noEquals
        /// Nothing before the `=`.
        case noColumn
        /// An edge that is not a number, as written (empty when none is written after the `=`).
        case notANumber(String)
        /// Edges that do not increase, as given.
        case notIncreasing([Double])
    }

    var column: String?
    var bins: Bins?

    package init(column: String? = nil, bins: Bins? = nil) {
        self.column = column
        self.bins = bins
    }

    /// The columns the grouping reads.
    var columns: [String] { [column, bins?.column].compactMap { $0 } }

    /// The label shown for a municipality's group when a value is missing or not a number.
    static let unknown = "—"

    /// A group's label from its parts (`parts(of:metadataNames:)`) as written: its column value
    /// and/or its class, joined by " / " (the files' label).
    static func label(ofParts parts: [String]) -> String {
        parts.joined(separator: " / ")
    }

    /// A group's label in the report's language: the column value as the questionnaire labels
    /// this category (`rural` is "landelijk" in Dutch), then the class.
    func label(ofParts parts: [String], in summary: CohortSummary) -> String {
        guard let column, let value = parts.first else { return Self.label(ofParts: parts) }
        return Self.label(ofParts: [summary.metadataValue(value, of: column)] + parts.dropFirst())
    }

    /// The error for a grouping column the reports do not carry, with a suggestion; nil when
    /// every column is there. In `wording`'s language.
    func missingColumn(in metadataNames: [String], location: SourceLocation, wording: AnalysisWording) -> Diagnostic? {
        for column in columns where !metadataNames.contains(where: { $0.lowercased() == column.lowercased() }) {
            return .error(location, wording.noGroupColumn(column, SchemaReader.closest(to: column, in: metadataNames), metadataNames))
        }
        return nil
    }

    /// Whether the group of parts `left` is listed before that of `right` (`parts(of:metadataNames:)`):
    /// categories alphabetically as written, classes by their edges, unknown last.
    func precedes(_ left: [String], _ right: [String]) -> Bool {
        for (l, r) in zip(left, right) where l != r {
            if l == Self.unknown { return false }
            if r == Self.unknown { return true }
            if let bins, let lBin = binIndex(ofLabel: l, bins), let rBin = binIndex(ofLabel: r, bins) { return lBin < rBin }
            return l.localizedStandardCompare(r) == .orderedAscending
        }
        return left.count < right.count
    }

    private func binIndex(ofLabel label: String, _ bins: Bins) -> Int? {
        (-1..<bins.edges.count).first { bins.label(ofBin: $0) == label }
    }

    /// The value of a metadata column (named in any case), trimmed; nil when the column is not
    /// there or the cell is empty. `metadata` is aligned with `metadataNames`.
    /// Called for every respondent of a grouped run: the names are compared without making
    /// lower-case copies when they are ASCII, and a cell is trimmed only when it may need it.
    static func value(of column: String, in metadata: [String], metadataNames: [String]) -> String? {
        metadataNames.firstIndex { sameName($0, column) }
            .flatMap { $0 < metadata.count ? trimmed(metadata[$0]) : nil }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether two column names are the same in any case.
    private static func sameName(_ a: String, _ b: String) -> Bool {
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) { return ASCII.equalIgnoringCase(a.utf8, b.utf8) }
        return a.lowercased() == b.lowercased()
    }

    /// A cell without the white space (`CharacterSet.whitespaces`) at its ends. A cell that
    /// begins and ends with an ASCII byte other than a space or a tab has none there: returned
    /// as it is, without Foundation's trimming (the other white space is beyond ASCII).
    private static func trimmed(_ cell: String) -> String {
        let bytes = cell.utf8
        if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80, !ASCII.isSpace(first), !ASCII.isSpace(last) { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }

    /// The parts of a municipality's group: its column value (as written), then its class.
    func parts(of metadata: [String], metadataNames: [String]) -> [String] {
        func value(_ name: String) -> String? { Self.value(of: name, in: metadata, metadataNames: metadataNames) }
        var parts: [String] = []
        if let column { parts.append(value(column) ?? Self.unknown) }
        if let bins {
            parts.append(value(bins.column).flatMap { NumberFormat.parse(Substring($0)) }.map { bins.label(ofBin: bins.bin(of: $0)) } ?? Self.unknown)
        }
        return parts
    }
}
