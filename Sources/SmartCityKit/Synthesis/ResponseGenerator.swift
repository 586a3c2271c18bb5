import Foundation

/// Synthetic, valid and varied responses for demos, tests and benchmarks. Each respondent
/// has a latent maturity and a profile per dimension; answers follow them with noise, and a
/// few are blank, "don't know" or "not applicable". Identical for the same seed.
/// The questionnaire is compiled once (`GenerationPlan`); each row has its own stretch of the
/// seed's random sequence, so chunks of rows are written byte by byte on every core and the file
/// is the same as one written row by row.
package struct ResponseGenerator: Sendable {
    package let questionnaire: Questionnaire
    private let metadata: [MetadataField]
    private let plan: GenerationPlan
    private let seed: UInt64
    /// How many rows are written.
    private var produced = 0

    /// The rows a core writes at a time.
    static let chunkRows = 8_192

    package init(questionnaire: Questionnaire, seed: UInt64) {
        self.questionnaire = questionnaire
        // The metadata columns written: those the questionnaire declares, else name, region and population.
        metadata = questionnaire.metadata ?? [
            MetadataField(id: "name", label: LocalizedText([:]), kind: .text),
            MetadataField(id: "region", label: LocalizedText([:]), kind: .category),
            MetadataField(id: "population", label: LocalizedText([:]), kind: .number),
        ]
        plan = GenerationPlan(questionnaire, metadata: metadata)
        self.seed = seed
    }

    /// The CSV header line.
    package func header() -> String {
        var writer = CSVWriter()
        writer.row(["id"] + metadata.map(\.id) + questionnaire.questions.map(\.id))
        return writer.text
    }

    /// The next respondent's CSV line.
    mutating func nextRow() -> String {
        produced += 1
        return String(decoding: rows(produced..<produced + 1), as: UTF8.self)
    }

    /// Writes the header and the next `count` rows to `output`: batches of chunks of rows on
    /// every core, each batch written out while the next one is made.
    package mutating func write(count: Int, to output: TextOutput) {
        output.write(header())
        let batchRows = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount) * Self.chunkRows
        let first = produced + 1
        produced += count
        nonisolated(unsafe) let output = output
        var writing: DispatchWorkItem?
        for batchStart in stride(from: first, to: first + count, by: batchRows) {
            let batchEnd = min(batchStart + batchRows, first + count)
            let chunks = stride(from: batchStart, to: batchEnd, by: Self.chunkRows).map { $0..<min($0 + Self.chunkRows, batchEnd) }
            let made = Parallel.map(chunks, rows)
            writing?.wait()
            let written = DispatchWorkItem { for chunk in made { output.write(bytes: chunk) } }
            DispatchQueue.global().async(execute: written)
            writing = written
        }
        writing?.wait()
    }

    /// The CSV lines of respondents `numbers` (from 1).
    private func rows(_ numbers: Range<Int>) -> [UInt8] {
        var scratch = GenerationPlan.Scratch()
        return [UInt8](unsafeUninitializedCapacity: numbers.count * plan.maximumRowLength) { memory, written in
            var cursor = ByteCursor(memory)
            for number in numbers { plan.appendRow(number: number, seed: seed, scratch: &scratch, to: &cursor) }
            written = cursor.count
        }
    }
}
