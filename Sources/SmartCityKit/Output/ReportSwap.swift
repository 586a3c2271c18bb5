import Foundation

/// How a staged report set takes the place of the previous one in a (resolved) destination
/// folder, and where a run keeps its staging folder, its lock and what an interrupted run left.
package struct ReportSwap {
    /// The two ways to put a set in place.
    package enum Strategy {
        /// The staging folder beside the destination takes its place in one exchange (or two
        /// renames where the system cannot exchange folders): all at once, even after a kill.
        case replaceFolder
        /// For a folder that cannot be renamed (a mount point): the staging folder is inside it,
        /// and its entries move into place one by one after a manifest is written; a run killed
        /// during the moves is completed by the next run, which rolls the swap forward.
        case insideFolder
    }

    let strategy: Strategy
    /// The destination with symbolic links resolved: a link to a folder stays a link.
    let destination: String

    /// The name of the file in a staging folder listing the new entries: once it is there, the
    /// swap has begun and is completed rather than undone.
    static let manifestName = ".smartcity-manifest"

    /// The folder that holds the staging folder, the lock and leftovers of interrupted runs.
    var home: String { strategy == .replaceFolder ? FilePath.folder(of: destination) : destination }

    /// How the run files in `home` begin.
    var prefix: String { strategy == .replaceFolder ? ".\(FilePath.name(of: destination)).smartcity-" : ".smartcity-" }

    var lockPath: String { FilePath.join(home, prefix + "lock") }

    /// The staging folder of a process.
    func staging(_ processID: Int32) -> String { FilePath.join(home, prefix + "new-\(processID)") }

    /// Where a process keeps the previous set during a swap.
    func previous(_ processID: Int32) -> String { FilePath.join(home, prefix + "old-\(processID)") }

    /// Puts the staged set in place of the previous one, keeping the folder's other entries.
    func swap(_ staged: String, reportSet: ReportSet) throws {
        let old = previous(getpid())
        switch strategy {
        case .replaceFolder where !POSIXFile.kind(of: destination).exists:
            guard rename(staged, destination) == 0 else { throw POSIXFile.Failure(destination, .create) }
        case .replaceFolder:
            if POSIXFile.exchange(staged, destination) {
                // The staging path now holds the previous reports.
                Self.carryOver(from: staged, into: destination, reportSet: reportSet)
                POSIXFile.remove(staged)
                return
            }
            guard rename(destination, old) == 0 else { throw POSIXFile.Failure(destination, .replace) }
            guard rename(staged, destination) == 0 else {
                let failure = POSIXFile.Failure(destination, .replace)
                _ = rename(old, destination)
                throw failure
            }
            Self.carryOver(from: old, into: destination, reportSet: reportSet)
            POSIXFile.remove(old)
        case .insideFolder:
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: staged)) ?? []).filter { !$0.hasPrefix(".smartcity-") }
            let manifest = FilePath.join(staged, Self.manifestName)
            try POSIXFile.write(Array(entries.sorted().joined(separator: "\n").utf8), to: manifest + "-unfinished")
            guard rename(manifest + "-unfinished", manifest) == 0 else { throw POSIXFile.Failure(manifest, .write) }
            try rollForward(staged, old: old, reportSet: reportSet)
        }
    }

    /// Moves the entries a manifest lists from a staging folder into the destination, the
    /// previous reports into `old` (then removed). Each step can be repeated: a swap interrupted
    /// anywhere is completed by running this again.
    private func rollForward(_ staged: String, old: String, reportSet: ReportSet) throws {
        let manifest = (try? String(contentsOfFile: FilePath.join(staged, Self.manifestName), encoding: .utf8)) ?? ""
        let listed = Set(manifest.split(separator: "\n").map(String.init))
        try POSIXFile.makeFolder(old)
        for entry in listed.union(reportSet.entries).sorted() {
            let current = FilePath.join(destination, entry), incoming = FilePath.join(staged, entry)
            // Listed but no longer staged: it is in place already.
            if listed.contains(entry) && !POSIXFile.entryExists(incoming) { continue }
            if POSIXFile.entryExists(current) {
                POSIXFile.remove(FilePath.join(old, entry))
                guard rename(current, FilePath.join(old, entry)) == 0 else { throw POSIXFile.Failure(current, .replace) }
            }
            if listed.contains(entry), rename(incoming, current) != 0 { throw POSIXFile.Failure(current, .replace) }
        }
        POSIXFile.remove(old)
        POSIXFile.remove(staged)
    }

    /// Moves the entries of a previous report folder that are neither reports nor temporary
    /// files of a run into the new one.
    static func carryOver(from old: String, into folder: String, reportSet: ReportSet) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: old)) ?? []
        for entry in entries.sorted() where !reportSet.entries.contains(entry) && !entry.hasPrefix(".smartcity-")
            && !POSIXFile.kind(of: FilePath.join(folder, entry)).exists {
            _ = rename(FilePath.join(old, entry), FilePath.join(folder, entry))
        }
    }

    /// Cleans up after runs into the same folder that were interrupted (their process is gone).
    /// Beside the folder, their folders give back the entries that are not reports (a run caught
    /// between the swap and its cleanup holds the previous folder's), then are removed; inside
    /// it, a swap that had begun is completed and one that had not is dropped.
    /// Each removal is noted in `wording`.
    func cleanLeftovers(reportSet: ReportSet, wording: OutputFolderWording) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: home)) ?? []
        // The folder may be a busy one (the parent of --out): the markers are made once, and
        // only the entries that carry one are sorted.
        let markers = [prefix + "new-", prefix + "old-"]
        for entry in entries.filter({ $0.hasPrefix(prefix) }).sorted() {
            for marker in markers where entry.hasPrefix(marker) {
                guard let processID = Int32(entry.dropFirst(marker.count)), processID != getpid(), !POSIXFile.isRunning(processID) else { continue }
                let path = FilePath.join(home, entry)
                guard POSIXFile.entryExists(path) else { continue }  // completed with its staging folder
                switch strategy {
                case .insideFolder where marker.hasSuffix("new-") && POSIXFile.entryExists(FilePath.join(path, Self.manifestName)):
                    try? rollForward(path, old: previous(processID), reportSet: reportSet)
                case .replaceFolder where POSIXFile.kind(of: destination).exists:
                    Self.carryOver(from: path, into: destination, reportSet: reportSet)
                case .replaceFolder where marker.hasSuffix("old-"):
                    _ = rename(path, destination)
                default:
                    break
                }
                POSIXFile.remove(path)
                notes.append(.note(SourceLocation(file: path), wording.leftBehindRemoved(processID)))
            }
        }
        return notes
    }
}
