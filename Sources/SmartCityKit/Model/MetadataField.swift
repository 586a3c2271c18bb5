/// A metadata column the questionnaire declares (a municipality's name, region, population):
/// the columns reports copy beside the id, with a label in each language.
package struct MetadataField: Sendable {
    /// What the values are, for readers and for grouping.
    package enum Kind: String, Sendable, CaseIterable {
        case text, number, category
    }

    /// The column name in responses files (matched without regard to case).
    package var id: String
    package var label: LocalizedText
    var kind: Kind
    /// A category's values as written in responses files (`rural`), with a label in each
    /// language for the reports; a value not listed is shown as written.
    var values: [String: LocalizedText]
    var provenance: Provenance

    init(id: String, label: LocalizedText, kind: Kind, values: [String: LocalizedText] = [:], provenance: Provenance = .none) {
        self.id = id
        self.label = label
        self.kind = kind
        self.values = values
        self.provenance = provenance
    }
}
