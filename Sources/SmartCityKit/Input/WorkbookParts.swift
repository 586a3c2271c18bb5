/// The parts of a workbook's ZIP container by name, and the relationships between them (Open
/// Packaging Conventions: `xl/_rels/workbook.xml.rels` says which part is which sheet).
struct WorkbookParts {
    /// A relationship of a part: its id, its type (a URI ending in `/worksheet`, `/styles`, ...)
    /// and the target part's name in the archive.
    struct Relationship: Equatable {
        var id: String
        var type: String
        var target: String
    }

    private let entries: [String: [UInt8]]

    /// The container's parts; the one place the archive is opened.
    init(archive: [UInt8]) throws(WorkbookReader.Failure) {
        // Only the parts cells can come from are inflated: XML and relationships, not images or macros.
        let isRead = { (name: String) in
            let lowered = name.lowercased()
            return lowered == "mimetype" || lowered.hasSuffix(".xml") || lowered.hasSuffix(".rels")
        }
        do { entries = try ZipArchive.read(archive, including: isRead) } catch {
            throw WorkbookReader.Failure(.unreadable(error.problem))
        }
    }

    /// A part by name; part names compare without regard to case, as OPC says.
    subscript(name: String) -> [UInt8]? {
        if let bytes = entries[name] { return bytes }
        let lowered = name.lowercased()
        return entries.first { $0.key.lowercased() == lowered }?.value
    }

    /// The relationships of a part (`""`: the package's own, `_rels/.rels`), their targets
    /// resolved to part names; external targets (links to other files) are left out.
    func relationships(of part: String) throws(WorkbookReader.Failure) -> [Relationship] {
        let folder = Self.folder(of: part)
        let name = folder + "_rels/" + part.dropFirst(folder.count) + ".rels"
        guard let xml = self[name] else { return [] }
        var relationships: [Relationship] = []
        try WorkbookReader.tokenize(xml, part: name) { event, tokenizer throws(WorkbookReader.Failure) in
            guard event == .start("Relationship"), tokenizer.attribute("TargetMode") != "External",
                  let id = tokenizer.attribute("Id"), let target = tokenizer.attribute("Target") else { return }
            relationships.append(Relationship(id: id, type: tokenizer.attribute("Type") ?? "", target: Self.resolve(target, from: folder)))
        }
        return relationships
    }

    /// The folder of a part, with its final `/` (`xl/` for `xl/workbook.xml`; "" at the top).
    static func folder(of part: String) -> String {
        part.lastIndex(of: "/").map { String(part[...$0]) } ?? ""
    }

    /// A relationship's target as a part name: `worksheets/sheet1.xml` from `xl/` is
    /// `xl/worksheets/sheet1.xml`; `/xl/styles.xml` is absolute; `..` climbs.
    package static func resolve(_ target: String, from folder: String) -> String {
        let path = target.hasPrefix("/") ? target : folder + target
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." { _ = segments.popLast() } else if segment != "." { segments.append(segment) }
        }
        return segments.joined(separator: "/")
    }
}
