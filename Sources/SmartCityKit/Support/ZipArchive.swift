/// ZIP archives (PKWARE APPNOTE), as `.xlsx` workbooks are: written with stored entries, read
/// with stored and deflated ones (no ZIP64, no encryption: those get a clear error).
enum ZipArchive {
    struct Failure: Error, Equatable {
        var message: String
    }

    /// An archive of the files, in order, stored (not compressed), dated 1 January 2026 so that
    /// the same files give the same bytes.
    static func write(_ files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = [], directory: [UInt8] = []
        let time: UInt16 = 0, date: UInt16 = UInt16((2026 - 1980) << 9 | 1 << 5 | 1)
        for file in files {
            let name = Array(file.name.utf8), crc = CRC32.checksum(file.bytes), size = UInt32(file.bytes.count)
            let offset = UInt32(archive.count)
            // Local file header.
            archive.appendLittleEndian(UInt32(0x0403_4B50))
            archive.appendLittleEndian(UInt16(20)); archive.appendLittleEndian(UInt16(0x0800)); archive.appendLittleEndian(UInt16(0))
            archive.appendLittleEndian(time); archive.appendLittleEndian(date)
            archive.appendLittleEndian(crc); archive.appendLittleEndian(size); archive.appendLittleEndian(size)
            archive.appendLittleEndian(UInt16(name.count)); archive.appendLittleEndian(UInt16(0))
            archive += name
            archive += file.bytes
            // Central directory entry.
            directory.appendLittleEndian(UInt32(0x0201_4B50))
            directory.appendLittleEndian(UInt16(20)); directory.appendLittleEndian(UInt16(20))
            directory.appendLittleEndian(UInt16(0x0800)); directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(time); directory.appendLittleEndian(date)
            directory.appendLittleEndian(crc); directory.appendLittleEndian(size); directory.appendLittleEndian(size)
            directory.appendLittleEndian(UInt16(name.count)); directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt32(0))
            directory.appendLittleEndian(offset)
            directory += name
        }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0)); archive.appendLittleEndian(UInt16(0))
        archive.appendLittleEndian(UInt16(files.count)); archive.appendLittleEndian(UInt16(files.count))
        archive.appendLittleEndian(UInt32(directory.count)); archive.appendLittleEndian(directoryOffset)
        archive.appendLittleEndian(UInt16(0))
        return archive
    }

    /// The entries of an archive by name, decompressed and checked against their CRC-32.
    static func read(_ archive: [UInt8], limit: Int = 1 << 30) throws(Failure) -> [String: [UInt8]] {
        func u16(_ at: Int) throws(Failure) -> Int {
            guard at >= 0, at + 2 <= archive.count else { throw Failure(message: "the archive is cut short") }
            return Int(archive[at]) | Int(archive[at + 1]) << 8
        }
        func u32(_ at: Int) throws(Failure) -> Int { try u16(at) | (try u16(at + 2)) << 16 }
        // The end of central directory record is in the last 64 KiB (its comment is at most 65,535 bytes).
        var end = -1
        var position = archive.count - 22
        while position >= max(0, archive.count - 22 - 65_535) {
            if archive[position] == 0x50, archive[position + 1] == 0x4B, archive[position + 2] == 0x05, archive[position + 3] == 0x06 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw Failure(message: "it is not a ZIP archive (no central directory)") }
        let count = try u16(end + 10)
        var entry = try u32(end + 16)
        guard count != 0xFFFF, entry != 0xFFFF_FFFF else { throw Failure(message: "it is a ZIP64 archive, which is not supported; save it again as .xlsx") }
        var entries: [String: [UInt8]] = [:]
        for _ in 0..<count {
            guard try u32(entry) == 0x0201_4B50 else { throw Failure(message: "the archive's directory is damaged") }
            let flags = try u16(entry + 8), method = try u16(entry + 10), crc = try u32(entry + 16)
            let compressedSize = try u32(entry + 20), size = try u32(entry + 24)
            let nameLength = try u16(entry + 28), extraLength = try u16(entry + 30), commentLength = try u16(entry + 32)
            let local = try u32(entry + 42)
            guard entry + 46 + nameLength <= archive.count else { throw Failure(message: "the archive is cut short") }
            let name = String(decoding: archive[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            entry += 46 + nameLength + extraLength + commentLength
            guard flags & 1 == 0 else { throw Failure(message: "\(name) is encrypted; remove the password and save the workbook again") }
            guard try u32(local) == 0x0403_4B50 else { throw Failure(message: "the archive's entry \(name) is damaged") }
            let start = local + 30 + (try u16(local + 26)) + (try u16(local + 28))
            guard start + compressedSize <= archive.count, size <= limit else { throw Failure(message: "the archive's entry \(name) is cut short") }
            let data = Array(archive[start..<(start + compressedSize)])
            let bytes: [UInt8]
            switch method {
            case 0: bytes = data
            case 8:
                do { bytes = try Inflate.decompress(data, limit: max(size, 1)) } catch { throw Failure(message: "\(name): \(error.message)") }
            default: throw Failure(message: "\(name) is compressed with method \(method), which is not supported; save the workbook again as .xlsx")
            }
            guard bytes.count == size, Int(CRC32.checksum(bytes)) == crc else { throw Failure(message: "\(name) is damaged (its checksum does not match)") }
            entries[name] = bytes
        }
        return entries
    }
}

extension [UInt8] {
    mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
