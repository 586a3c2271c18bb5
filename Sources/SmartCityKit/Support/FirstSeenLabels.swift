/// Labels numbered in the order they are first seen (groups, municipalities): each label's
/// position is found in a dictionary, and a new label is appended.
struct FirstSeenLabels: Sendable {
    /// The labels, in the order first seen.
    private(set) var labels: [String] = []
    private var positions: [String: Int] = [:]

    /// The position of `label`, and whether it was appended now (its first sighting).
    mutating func position(of label: String) -> (position: Int, isNew: Bool) {
        if let known = positions[label] { return (known, false) }
        positions[label] = labels.count
        labels.append(label)
        return (labels.count - 1, true)
    }
}
