import Foundation

/// Programs the print checks hand files to (LibreOffice, Chromium), run with their temporary
/// files and profile inside a test folder so that nothing is left in /tmp or the home folder.
enum ExternalProgram {
    /// The first of `paths` that is an executable file.
    static func find(_ paths: [String]) -> String? {
        paths.first(where: FileManager.default.isExecutableFile)
    }

    /// Runs a program to its end, its output discarded; its exit status.
    static func run(_ path: String, _ arguments: [String], temporaryFolder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporaryFolder.path
        environment["HOME"] = temporaryFolder.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
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
