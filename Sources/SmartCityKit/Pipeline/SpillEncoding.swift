/// How the respondents of one responses file are encoded: the spill layout, the file's index,
/// and where its metadata columns go in the union of all files' columns.
struct SpillEncoding: Sendable {
    let layout: SpillLayout
    let fileIndex: Int
    /// For each of the file's metadata columns, its position among the cohort's.
    let metadataColumns: [Int]
    let metadataCount: Int
    /// Whether ids are `row-N` (the file has no id column): records then leave the id out.
    let idIsRowNumber: Bool
    /// Whether the file's metadata columns are the cohort's, in the same order.
    private let keepsColumns: Bool

    init(layout: SpillLayout, fileIndex: Int, metadataColumns: [Int], metadataCount: Int, idIsRowNumber: Bool) {
        self.layout = layout
        self.fileIndex = fileIndex
        self.metadataColumns = metadataColumns
        self.metadataCount = metadataCount
        self.idIsRowNumber = idIsRowNumber
        keepsColumns = metadataColumns.count == metadataCount && metadataColumns.elementsEqual(0..<metadataCount)
    }

    /// The file's metadata values placed among the cohort's columns.
    func cohortMetadata(_ values: [String]) -> [String] {
        if keepsColumns && values.count == metadataCount { return values }
        var placed = [String](repeating: "", count: metadataCount)
        for (position, value) in values.enumerated() where position < metadataColumns.count { placed[metadataColumns[position]] = value }
        return placed
    }
}
