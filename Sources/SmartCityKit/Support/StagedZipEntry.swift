import Foundation

/// One ZIP entry deflated as its bytes arrive, its CRC-32 and sizes counted on the way. The
/// compressed bytes go to a temporary file without a name (the system removes it when it is
/// closed, however the run ends) or, without a folder, stay in memory (small entries).
final class StagedZipEntry {
    private let deflate = Deflate()
    /// The temporary file; nil: `memory` holds the compressed bytes.
    private let descriptor: Int32?
    private let folder: String
    private var memory: [UInt8] = []
    private(set) var crc: UInt32 = 0
    private(set) var size = 0, compressedSize = 0
    private(set) var isFinished = false

    /// An entry staged in `temporaryFolder` (in memory when nil).
    init(temporaryFolder: String?) throws(POSIXFile.Failure) {
        folder = temporaryFolder ?? ""
        descriptor = try temporaryFolder.map { folder throws(POSIXFile.Failure) in try POSIXFile.anonymous(in: folder, prefix: ".smartcity-zip") }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    package func write(_ bytes: [UInt8]) throws(POSIXFile.Failure) {
        var failure: POSIXFile.Failure?
        bytes.withUnsafeBytes { raw in
            do throws(POSIXFile.Failure) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) throws(POSIXFile.Failure) {
        precondition(!isFinished, "StagedZipEntry: bytes after finish")
        crc = CRC32.update(crc, bytes)
        size += bytes.count
        deflate.compress(bytes)
        try keep(deflate.takeOutput())
    }

    /// Ends the compressed stream.
    package func finish() throws(POSIXFile.Failure) {
        guard !isFinished else { return }
        deflate.finish()
        try keep(deflate.takeOutput())
        isFinished = true
    }

    private func keep(_ compressed: [UInt8]) throws(POSIXFile.Failure) {
        guard !compressed.isEmpty else { return }
        compressedSize += compressed.count
        if let descriptor {
            try POSIXFile.writeAll(descriptor, compressed, path: folder)
        } else {
            memory += compressed
        }
    }

    /// The compressed bytes from the start, in chunks of at most 1 MiB.
    func forEachCompressedChunk(_ body: ([UInt8]) throws -> Void) throws {
        precondition(isFinished, "StagedZipEntry: read before finish")
        guard let descriptor else { return try body(memory) }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw POSIXFile.Failure(folder, .readBackTemporary) }
        var remaining = compressedSize
        while remaining > 0 {
            let chunk = try POSIXFile.readSome(descriptor, upTo: min(remaining, 1 << 20), action: .readBackTemporary)
            guard !chunk.isEmpty else { throw POSIXFile.Failure(folder, .temporaryCutShort, errorNumber: EIO) }
            remaining -= chunk.count
            try body(chunk)
        }
    }
}
