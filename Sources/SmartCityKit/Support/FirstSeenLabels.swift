/// Labels numbered in the order they are first seen (groups by their parts, municipalities by
/// name): each label's position is found in a dictionary, and a new label is appended.
struct FirstSeenLabels<Label: Hashable & Sendable>: Sendable {
    /// The labels, in the order first seen.
    private(set) var labels: [Label] = []
    private var positions: [Label: Int] = [:]

    /// The position of `label`, and whether it was appended now (its first sighting).
    mutating func position(of label: Label) -> (position: Int, isNew: Bool) {
        if let known = positions[label] { return (known, false) }
        positions[label] = labels.count
        labels.append(label)
        return (labels.count - 1, true)
    }
}
