/// A metadata column the questionnaire declares (a municipality's name, region, population):
/// the columns reports copy beside the id, with a label in each language.
public struct MetadataField: Sendable {
    /// What the values are, for readers and for grouping.
    public enum Kind: String, Sendable, CaseIterable {
        case text, number, category
    }

    /// The column name in responses files (matched without regard to case).
    public var id: String
    public var label: LocalizedText
    public var kind: Kind
    public var provenance: Provenance

    public init(id: String, label: LocalizedText, kind: Kind, provenance: Provenance = .none) {
        self.id = id
        self.label = label
        self.kind = kind
        self.provenance = provenance
    }
}
