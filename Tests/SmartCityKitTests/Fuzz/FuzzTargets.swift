// The fuzz targets' bodies, shared by the libFuzzer entry points in Tests/Fuzz (built by
// .ci/fuzz together with the library's sources, with FUZZING defined) and by the seeded
// mutation smoke test (FuzzSmokeTests) that `swift test` runs. A target must never trap: every
// input ends in a value or a located diagnostic. What must hold is checked with
// `try FuzzFailure.require(...)`, never `precondition` (see FuzzFailure.swift).
import Foundation
#if !FUZZING
@testable import SmartCityKit
#endif

enum FuzzTargets {
    /// The questionnaire the response targets read against: the bundled I-monitor.
    static let questionnaire: Questionnaire = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        guard let loaded = QuestionnaireLoader.load(path: path).questionnaire else { preconditionFailure("the bundled questionnaire loads") }
        return loaded
    }()

    /// CSV bytes read record by record (in small chunks, crossing every boundary) and in blocks.
    static func csvReader(_ bytes: [UInt8]) throws(FuzzFailure) {
        var chunked = CSVReader(source: ChunkedSource(bytes: bytes, size: 7))
        do { while try chunked.next() != nil {} } catch {}
        var blocks = CSVReader(source: MemoryByteSource(bytes))
        do {
            _ = try blocks.next()
            while let block = try blocks.nextBlock(size: 64) {
                var copy = block.bytes
                copy.withUnsafeMutableBufferPointer { buffer in
                    var parser = CSVBlockParser(delimiter: blocks.delimiter ?? UInt8(ascii: ","), position: 0)
                    var fields = RecordFields()
                    do { while try parser.next(buffer, end: buffer.count, into: &fields) {} } catch {}
                }
            }
        } catch {}
    }

    /// JSON bytes parsed; errors carry a line and column inside the text.
    static func jsonParser(_ bytes: [UInt8]) throws(FuzzFailure) {
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            try FuzzFailure.require(error.line >= 1 && error.column >= 1, "a JSON error is located (line \(error.line), column \(error.column))")
        }
    }

    /// Bytes loaded as a questionnaire: a questionnaire, or errors; a loaded one scores.
    static func questionnaireLoader(_ bytes: [UInt8]) throws(FuzzFailure) {
        let loaded = QuestionnaireLoader.load(bytes: bytes, path: "fuzz.json")
        try FuzzFailure.require(loaded.questionnaire != nil || loaded.diagnostics.contains { $0.severity == .error }, "a refused questionnaire says why")
        if let questionnaire = loaded.questionnaire {
            let engine = ScoringEngine(questionnaire: questionnaire)
            _ = engine.score([Answer](repeating: .blank, count: questionnaire.questions.count))
        }
    }

    /// Bytes loaded as a mapping file, and checked against the questionnaire.
    static func mappingLoader(_ bytes: [UInt8]) throws(FuzzFailure) {
        let mapping = ResponseMapping.load(bytes: bytes, path: "fuzz-mapping.json").value
        _ = mapping?.diagnostics(against: questionnaire, file: "fuzz-mapping.json")
    }

    /// The first records of a CSV file taken as a survey-tool export's header: detection, header
    /// rows, columns and the reading plan.
    static func dialectDetection(_ bytes: [UInt8]) throws(FuzzFailure) {
        var reader = CSVReader(source: MemoryByteSource(bytes))
        var rows: [[String]] = []
        do { while rows.count < 3, let record = try reader.next() { rows.append(record.fields) } } catch { return }
        guard !rows.isEmpty else { return }
        let detected = SurveyDialect.detect(rows)?.dialect
        // The plan as detected, and as if the user named a tool (one chosen by the input).
        let named = SurveyDialect.allCases[bytes.count % SurveyDialect.allCases.count]
        for dialect in [detected ?? .csv, named] {
            _ = dialect.columns(Array(rows.prefix(dialect.headerRowCount(rows))))
        }
        for given in [nil, named] {
            _ = ResponsePlan.make(headerRows: rows, questionnaire: questionnaire, options: ReadingOptions(dialect: given), file: "fuzz.csv")
        }
    }

    /// Bytes as a responses file, read and checked from start to end.
    static func responses(_ bytes: [UInt8]) throws(FuzzFailure) {
        let path = NSTemporaryDirectory() + "smartcity-fuzz-\(getpid())-fuzz.csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = ResponseChecker.check(path: path, questionnaire: questionnaire, options: ReadingOptions())
    }

    /// Bytes as a responses file, scored and rendered in every format: nothing traps (cells are
    /// written through cursors with room computed beforehand), and `scores.csv` reads back as
    /// rows exactly as wide as its header (ids and metadata quoted as CSV requires).
    static func scoredReports(_ bytes: [UInt8]) throws(FuzzFailure) {
        let path = NSTemporaryDirectory() + "smartcity-fuzz-\(getpid())-reports.csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        let files: [RenderedFile]
        do { files = try ReportGeneration.renderInMemory(run, formats: OutputFormat.allCases, strings: .english) } catch {
            throw FuzzFailure("reports of a scored run render: \(error)")
        }
        guard let scores = files.first(where: { $0.relativePath == CSVReportRenderer.wideFile }) else { throw FuzzFailure("scores.csv is written") }
        var reader = CSVReader(source: MemoryByteSource(scores.contents), delimiter: UInt8(ascii: ","))
        var rows = 0
        do {
            guard let header = try reader.next() else { throw FuzzFailure("scores.csv has a header") }
            while let row = try reader.next() {
                try FuzzFailure.require(row.fields.count == header.fields.count,
                                        "row \(rows + 1) of scores.csv has \(row.fields.count) fields, its header \(header.fields.count)")
                rows += 1
            }
        } catch let failure as FuzzFailure {
            throw failure
        } catch {
            throw FuzzFailure("scores.csv reads back: \(error)")
        }
        try FuzzFailure.require(rows == run.summary.respondentCount, "scores.csv has \(rows) rows for \(run.summary.respondentCount) scored respondents")
    }

    /// Bytes as a ZIP archive: the directory checked, then every entry inflated within small
    /// limits. Whatever is read is what the directory declares, and never more than the budget.
    static func zipArchive(_ bytes: [UInt8]) {
        let limits = ZipArchive.Limits(totalBytes: 8 << 20, ratio: 1000, ratioFloor: 64 << 10)
        guard var reader = try? ZipArchive.Reader(bytes, limits: limits) else { return }
        for entry in reader.entries {
            precondition(entry.dataStart >= 0 && entry.compressedSize <= bytes.count - entry.dataStart, "an entry's data lies inside the archive")
            let contents: [UInt8]?
            do { contents = try reader.contents(of: entry.name) } catch { continue }
            precondition(contents?.count == entry.size, "a listed entry is found by its name and inflates to the size it declares")
        }
        precondition(reader.inflatedBytes <= limits.totalBytes, "the budget holds")
    }

    /// Hands out bytes a few at a time.
    struct ChunkedSource: ByteSource {
        var bytes: ArraySlice<UInt8>
        let size: Int

        init(bytes: [UInt8], size: Int) {
            self.bytes = bytes[...]
            self.size = size
        }

        mutating func nextChunk() throws -> [UInt8]? {
            guard !bytes.isEmpty else { return nil }
            defer { bytes = bytes.dropFirst(size) }
            return Array(bytes.prefix(size))
        }
    }
}

// Workbook parts: the XML tokenizer and the readers of sheets, shared strings and styles.
extension FuzzTargets {
    /// Bytes tokenized as XML to the end: a document, or a failure located inside it.
    static func xmlTokenizer(_ bytes: [UInt8]) {
        do {
            var tokenizer = try XMLTokenizer(bytes)
            var depth = 0
            while let event = try tokenizer.next() {
                switch event {
                case .start: depth += 1
                case .end: depth -= 1
                case .text: break
                }
                precondition(depth >= 0, "an end tag closes an open element")
            }
            precondition(depth == 0, "a complete document closes every element")
        } catch {
            precondition(error.line >= 1 && error.column >= 1 && error.offset >= 0 && error.offset <= bytes.count, "an XML failure is located")
        }
    }

    /// The shared strings and styles a fuzzed sheet reads with: plain, date and percent styles.
    static let sheetStrings = ["id", "name", "CA03", "m1", "Kempenrode"]
    static let sheetStyles = WorkbookStyles(shapes: [.plain, .date, .percent])

    /// Bytes as a worksheet part: rows that go down with cells that go right, within Excel's
    /// limits and holding text, or a failure naming the part.
    static func sheetXML(_ bytes: [UInt8]) {
        let part = "xl/worksheets/sheet1.xml"
        let reader = WorksheetReader(part: part, sheet: "Fuzz", strings: sheetStrings, styles: sheetStyles, dateOffset: bytes.count % 2 == 0 ? 0 : 1462)
        do {
            var previous = 0
            for row in try reader.read(bytes) {
                precondition(row.number > previous && row.number <= CellReference.maximumRow, "rows go down within Excel's rows")
                previous = row.number
                precondition(!row.cells.isEmpty && zip(row.cells, row.cells.dropFirst()).allSatisfy { $0.column < $1.column }, "cells go right")
                precondition(row.cells.allSatisfy { $0.column >= 0 && $0.column < CellReference.maximumColumn && !$0.text.isEmpty }, "cells hold text within Excel's columns")
            }
        } catch {
            precondition(error.message.hasPrefix(part + ":"), "a sheet failure names the part")
        }
    }

    /// Bytes as the shared strings part: strings, or a failure naming the part.
    static func sharedStrings(_ bytes: [UInt8]) {
        do { _ = try WorkbookStrings.read(bytes, part: "xl/sharedStrings.xml") } catch {
            precondition(error.message.hasPrefix("xl/sharedStrings.xml:"), "a shared strings failure names the part")
        }
    }

    /// Bytes as the styles part: a shape per style, or a failure naming the part.
    static func styles(_ bytes: [UInt8]) {
        do {
            let styles = try WorkbookStyles.read(bytes, part: "xl/styles.xml")
            for index in styles.shapes.indices { precondition(styles.shape(ofStyle: index) != nil, "every defined style has a shape") }
        } catch {
            precondition(error.message.hasPrefix("xl/styles.xml:"), "a styles failure names the part")
        }
    }
}
