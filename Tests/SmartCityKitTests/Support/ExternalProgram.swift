import Foundation

/// Programs the print checks hand files to (LibreOffice, Chromium), run with their temporary
/// files and profile inside a test folder so that nothing is left in /tmp or the home folder.
enum ExternalProgram {
    /// The first of `paths` that is an executable file.
    static func find(_ paths: [String]) -> String? {
        paths.first(where: FileManager.default.isExecutableFile)
    }

    /// Runs a program to its end, its standard output discarded; its exit status and the end of what it wrote to stderr.
    static func run(_ path: String, _ arguments: [String], temporaryFolder: URL) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        // A plain environment: the test runner's (its library path, among others) is not the programs'. Temporary files go
        // into the tests' root, not the test's folder: Chromium puts a socket there, whose path may be at most 107 bytes.
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": temporaryFolder.path, "TMPDIR": TestFolders.root.path, "LANG": "C.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = temporaryFolder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errors)
        return (process.terminationStatus, String(text.suffix(2000)))
    }
}

/// The pages of a PDF file as its objects declare them (`/Type /Page`), with their media boxes
/// in points; enough to count pages and check their size without a PDF library.
struct PDFPages {
    let mediaBoxes: [(width: Double, height: Double)]
    var count: Int { mediaBoxes.count }

    init(_ data: Data) throws {
        // Page dictionaries are not compressed in the files LibreOffice and Chromium write.
        let text = String(decoding: data, as: UTF8.self)
        let pages = text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }
            + text.components(separatedBy: "/Type/Page").dropFirst().filter { !$0.hasPrefix("s") }
        let first = Self.mediaBox(in: Substring(text))
        mediaBoxes = pages.map { page in
            let dictionary = page.range(of: "endobj").map { page[..<$0.lowerBound] } ?? Substring(page)
            return Self.mediaBox(in: dictionary) ?? first ?? (0, 0)
        }
    }

    /// The width and height of the first `/MediaBox [x0 y0 x1 y1]` in a piece of the file.
    private static func mediaBox(in text: Substring) -> (width: Double, height: Double)? {
        guard let box = text.range(of: "/MediaBox") else { return nil }
        let numbers = text[box.upperBound...].drop { $0 == " " || $0 == "[" }.prefix { $0 != "]" }
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
    }
}
