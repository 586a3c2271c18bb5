/// A DEFLATE compressor (RFC 1951) for the entries of the workbooks we write: LZ77 over a
/// 32 KiB window with hash chains, each block coded with dynamic or fixed Huffman codes or
/// stored, whichever is shortest. Input streams in chunks of any size; memory stays at about
/// 600 KB whatever the input's length. The output is raw DEFLATE (no zlib or gzip header);
/// `Inflate` reads it back.
final class Deflate {
    static let windowSize = 32_768
    /// Input held at once: the window behind the next byte and the bytes still to encode.
    private static let bufferSize = 4 * windowSize
    private static let minimumMatch = 3, maximumMatch = 258
    private static let hashBits = 15
    /// Candidates tried per position; a match this long ends the search early; the positions
    /// inside a match up to this long are hashed (a longer match's are skipped, as zlib's fast
    /// levels do: it costs little compression and much time).
    private static let chainLimit = 16, goodMatch = 64, insertLimit = 32
    /// Symbols per block: the block's codes are fitted to them.
    private static let blockSymbols = 16_384

    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferSize)
    /// Bytes in `buffer`; the next to encode; the first of the current block.
    private var end = 0, position = 0, blockStart = 0
    /// Per hash of three bytes, the last position seen (-1: none); per position (modulo the
    /// window), the previous position with the same hash.
    private let head = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashBits)
    private let previous = UnsafeMutablePointer<Int32>.allocate(capacity: windowSize)
    /// The block's symbols: a literal byte (< 256) or `length << 16 | distance`.
    private var symbols: [UInt32] = []
    private var literalFrequencies = [Int](repeating: 0, count: 286)
    private var distanceFrequencies = [Int](repeating: 0, count: 30)
    private var bits = BitWriter()
    private var finished = false

    init() {
        head.initialize(repeating: -1, count: 1 << Self.hashBits)
        previous.initialize(repeating: -1, count: Self.windowSize)
        symbols.reserveCapacity(Self.blockSymbols)
    }

    deinit {
        buffer.deallocate()
        head.deallocate()
        previous.deallocate()
    }

    /// Compressed bytes made so far, handed over (the writer keeps none of them).
    func takeOutput() -> [UInt8] {
        defer { bits.bytes.removeAll(keepingCapacity: true) }
        return bits.bytes
    }

    func compress(_ input: [UInt8]) { input.withUnsafeBytes { compress($0) } }

    /// Takes more input; compresses what has enough lookahead.
    func compress(_ input: UnsafeRawBufferPointer) {
        precondition(!finished, "Deflate: input after finish")
        var offset = 0
        while offset < input.count {
            if end == Self.bufferSize { slide() }
            let count = min(input.count - offset, Self.bufferSize - end)
            UnsafeMutableRawPointer(buffer + end).copyMemory(from: input.baseAddress! + offset, byteCount: count)
            end += count
            offset += count
            encode(final: false)
        }
    }

    /// Compresses the rest and ends the stream with a final block.
    package func finish() {
        guard !finished else { return }
        encode(final: true)
        flushBlock(last: true)
        bits.alignToByte()
        finished = true
    }

    /// Moves the last window's bytes to the front to make room; the block ends first so that
    /// its bytes stay at hand for a stored block.
    private func slide() {
        flushBlock(last: false)
        let shift = Self.bufferSize - Self.windowSize
        buffer.update(from: buffer + shift, count: end - shift)
        end -= shift
        position -= shift
        blockStart -= shift
        func shifted(_ value: Int32) -> Int32 { value >= Int32(shift) ? value - Int32(shift) : -1 }
        for index in 0..<(1 << Self.hashBits) { head[index] = shifted(head[index]) }
        for index in 0..<Self.windowSize { previous[index] = shifted(previous[index]) }
    }

    /// Encodes the input while enough follows to find a whole match (all of it when `final`).
    /// The loop's state is moved into locals (and back before a block is written, and at the
    /// end): every use of a class's stored property would be checked for exclusive access.
    private func encode(final: Bool) {
        let windowMask = Self.windowSize - 1, hashMask = (1 << Self.hashBits) - 1
        var symbols: [UInt32] = [], literalFrequencies: [Int] = [], distanceFrequencies: [Int] = []
        var position = self.position
        let end = self.end
        func exchange() {
            swap(&symbols, &self.symbols)
            swap(&literalFrequencies, &self.literalFrequencies)
            swap(&distanceFrequencies, &self.distanceFrequencies)
        }
        exchange()
        func hash(_ at: Int) -> Int {
            (Int(buffer[at]) << 10 ^ Int(buffer[at + 1]) << 5 ^ Int(buffer[at + 2])) & hashMask
        }
        func insert(_ at: Int) {
            let key = hash(at)
            previous[at & windowMask] = head[key]
            head[key] = Int32(at)
        }
        while position < end, final || end - position >= Self.maximumMatch {
            let lookahead = end - position
            var length = 0, distance = 0
            if lookahead >= Self.minimumMatch {
                let key = hash(position)
                var candidate = Int(head[key])
                previous[position & windowMask] = head[key]
                head[key] = Int32(position)
                let longest = min(Self.maximumMatch, lookahead)
                var tries = Self.chainLimit
                while candidate >= 0, position - candidate < Self.windowSize, tries > 0 {
                    tries -= 1
                    if buffer[candidate + length] == buffer[position + length] || length == 0 {
                        var matched = 0
                        while matched < longest, buffer[candidate + matched] == buffer[position + matched] { matched += 1 }
                        if matched > length {
                            length = matched
                            distance = position - candidate
                            if matched >= min(longest, Self.goodMatch) { break }
                        }
                    }
                    candidate = Int(previous[candidate & windowMask])
                }
            }
            if length >= Self.minimumMatch {
                symbols.append(UInt32(length) << 16 | UInt32(distance))
                literalFrequencies[257 + Int(Self.lengthCodes[length])] += 1
                distanceFrequencies[Self.distanceCode(distance)] += 1
                let stop = length <= Self.insertLimit ? min(position + length, end - Self.minimumMatch + 1) : 0
                var next = position + 1
                while next < stop { insert(next); next += 1 }
                position += length
            } else {
                symbols.append(UInt32(buffer[position]))
                literalFrequencies[Int(buffer[position])] += 1
                position += 1
            }
            if symbols.count == Self.blockSymbols {
                exchange()
                self.position = position
                flushBlock(last: false)
                exchange()
            }
        }
        exchange()
        self.position = position
    }

    /// Writes the block's symbols (the bytes from `blockStart` to `position`) in the shortest of
    /// the three block types.
    private func flushBlock(last: Bool) {
        guard last || position > blockStart else { return }
        literalFrequencies[256] += 1
        let literalLengths = HuffmanCode.codeLengths(literalFrequencies, limit: 15)
        let distanceLengths = HuffmanCode.codeLengths(distanceFrequencies, limit: 15)
        let header = DynamicHeader(literalLengths: literalLengths, distanceLengths: distanceLengths)
        let dynamicCost = header.bitCount + cost(literalLengths, distanceLengths)
        let fixedCost = cost(HuffmanCode.fixedLiteralLengths, HuffmanCode.fixedDistanceLengths)
        let storedBytes = position - blockStart
        let storedCost = (storedBytes + 5 * max(1, (storedBytes + 65_534) / 65_535)) * 8 + 7
        if storedCost <= min(dynamicCost, fixedCost) {
            writeStored(last: last)
        } else if fixedCost <= dynamicCost {
            bits.write(last ? 1 : 0, count: 1)
            bits.write(1, count: 2)
            writeSymbols(literal: HuffmanCode.fixedLiteralCodes, HuffmanCode.fixedLiteralLengths, distance: HuffmanCode.fixedDistanceCodes, HuffmanCode.fixedDistanceLengths)
        } else {
            bits.write(last ? 1 : 0, count: 1)
            bits.write(2, count: 2)
            header.write(to: &bits)
            writeSymbols(literal: HuffmanCode.codes(literalLengths), literalLengths, distance: HuffmanCode.codes(distanceLengths), distanceLengths)
        }
        symbols.removeAll(keepingCapacity: true)
        for index in literalFrequencies.indices { literalFrequencies[index] = 0 }
        for index in distanceFrequencies.indices { distanceFrequencies[index] = 0 }
        blockStart = position
    }

    /// The bits the block's symbols take with these code lengths, extra bits included.
    private func cost(_ literalLengths: [UInt8], _ distanceLengths: [UInt8]) -> Int {
        var total = 3
        for (symbol, frequency) in literalFrequencies.enumerated() where frequency > 0 {
            total += frequency * (Int(literalLengths[symbol]) + (symbol > 256 ? Int(Self.lengthExtraBits[symbol - 257]) : 0))
        }
        for (symbol, frequency) in distanceFrequencies.enumerated() where frequency > 0 {
            total += frequency * (Int(distanceLengths[symbol]) + Int(Self.distanceExtraBits[symbol]))
        }
        return total
    }

    private func writeSymbols(literal literalCodes: [UInt16], _ literalLengths: [UInt8], distance distanceCodes: [UInt16], _ distanceLengths: [UInt8]) {
        // The bits in a local, moved out and back: the property would be checked for exclusive access per write.
        var bits = BitWriter()
        swap(&bits, &self.bits)
        defer { swap(&bits, &self.bits) }
        for symbol in symbols {
            if symbol < 256 {
                bits.write(UInt32(literalCodes[Int(symbol)]), count: Int(literalLengths[Int(symbol)]))
                continue
            }
            let length = Int(symbol >> 16), distance = Int(symbol & 0xFFFF)
            let lengthCode = Int(Self.lengthCodes[length])
            bits.write(UInt32(literalCodes[257 + lengthCode]), count: Int(literalLengths[257 + lengthCode]))
            bits.write(UInt32(length - Int(Self.lengthBases[lengthCode])), count: Int(Self.lengthExtraBits[lengthCode]))
            let distanceCode = Self.distanceCode(distance)
            bits.write(UInt32(distanceCodes[distanceCode]), count: Int(distanceLengths[distanceCode]))
            bits.write(UInt32(distance - Int(Self.distanceBases[distanceCode])), count: Int(Self.distanceExtraBits[distanceCode]))
        }
        bits.write(UInt32(literalCodes[256]), count: Int(literalLengths[256]))
    }

    /// The block's bytes as they are, in stored blocks of at most 65,535 bytes.
    private func writeStored(last: Bool) {
        var start = blockStart
        repeat {
            let count = min(65_535, position - start)
            let isLast = last && start + count == position
            bits.write(isLast ? 1 : 0, count: 1)
            bits.write(0, count: 2)
            bits.alignToByte()
            bits.write(UInt32(count), count: 16)
            bits.write(UInt32(~UInt16(count)), count: 16)
            bits.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: count))
            start += count
        } while start < position
    }

    // MARK: Lengths and distances (RFC 1951, 3.2.5)

    private static let lengthBases: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtraBits: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
                                                  3073, 4097, 6145, 8193, 12_289, 16_385, 24_577]
    private static let distanceExtraBits: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Per match length (3-258), its length code less 257.
    private static let lengthCodes: [UInt8] = {
        var codes = [UInt8](repeating: 0, count: maximumMatch + 1)
        for code in lengthBases.indices {
            let upper = code + 1 < lengthBases.count ? Int(lengthBases[code + 1]) : maximumMatch + 1
            for length in Int(lengthBases[code])..<upper { codes[length] = UInt8(code) }
        }
        return codes
    }()

    /// Per distance less one, its distance code.
    private static let distanceCodes: [UInt8] = {
        var codes = [UInt8](repeating: 0, count: windowSize)
        for code in distanceBases.indices {
            let upper = code + 1 < distanceBases.count ? Int(distanceBases[code + 1]) : windowSize + 1
            for distance in Int(distanceBases[code])..<upper { codes[distance - 1] = UInt8(code) }
        }
        return codes
    }()

    private static func distanceCode(_ distance: Int) -> Int { Int(distanceCodes[distance - 1]) }
}

/// Bits packed into bytes from the least significant bit up, as DEFLATE writes them.
struct BitWriter {
    var bytes: [UInt8] = []
    private var pending: UInt64 = 0, pendingCount = 0

    package mutating func write(_ value: UInt32, count: Int) {
        pending |= UInt64(value & (count == 32 ? 0xFFFF_FFFF : (1 << UInt32(count)) - 1)) << UInt64(pendingCount)
        pendingCount += count
        while pendingCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// Pads with zeros to the next whole byte.
    mutating func alignToByte() {
        if pendingCount > 0 { write(0, count: 8 - pendingCount) }
    }
}

extension Deflate {
    /// A dynamic block's code lengths (RFC 1951, 3.2.7): run-length coded, themselves under a
    /// prefix code of at most 7 bits.
    struct DynamicHeader {
        private let literalCount: Int, distanceCount: Int, codeLengthCount: Int
        private let runs: [(symbol: Int, extra: UInt32)]
        private let codeLengthLengths: [UInt8], codeLengthCodes: [UInt16]
        /// The header's length in bits.
        let bitCount: Int

        private static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        private static let extraBits: [Int: Int] = [16: 2, 17: 3, 18: 7]

        init(literalLengths: [UInt8], distanceLengths: [UInt8]) {
            literalCount = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
            distanceCount = max(1, (distanceLengths.lastIndex { $0 > 0 } ?? 0) + 1)
            runs = Self.runs(Array(literalLengths[..<literalCount] + distanceLengths[..<distanceCount]))
            var frequencies = [Int](repeating: 0, count: 19)
            for run in runs { frequencies[run.symbol] += 1 }
            let lengths = HuffmanCode.codeLengths(frequencies, limit: 7), runs = self.runs
            codeLengthLengths = lengths
            codeLengthCodes = HuffmanCode.codes(lengths)
            codeLengthCount = max(4, (Self.order.lastIndex { lengths[$0] > 0 } ?? 0) + 1)
            bitCount = 14 + 3 * codeLengthCount
                + runs.reduce(0) { $0 + Int(lengths[$1.symbol]) + (Self.extraBits[$1.symbol] ?? 0) }
        }

        /// Lengths as symbols 0-15, 16 (repeat the previous 3-6 times), 17 (3-10 zeros) and
        /// 18 (11-138 zeros), with their extra bits.
        private static func runs(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
            var runs: [(symbol: Int, extra: UInt32)] = [], index = 0
            while index < lengths.count {
                let value = lengths[index]
                var count = 1
                while index + count < lengths.count, lengths[index + count] == value { count += 1 }
                index += count
                if value == 0 {
                    while count >= 11 {
                        let taken = min(count, 138)
                        runs.append((18, UInt32(taken - 11)))
                        count -= taken
                    }
                    if count >= 3 {
                        runs.append((17, UInt32(count - 3)))
                        count = 0
                    }
                } else {
                    runs.append((Int(value), 0))
                    count -= 1
                    while count >= 3 {
                        let taken = min(count, 6)
                        runs.append((16, UInt32(taken - 3)))
                        count -= taken
                    }
                }
                runs += repeatElement((symbol: Int(value), extra: UInt32(0)), count: count)
            }
            return runs
        }

        func write(to bits: inout BitWriter) {
            bits.write(UInt32(literalCount - 257), count: 5)
            bits.write(UInt32(distanceCount - 1), count: 5)
            bits.write(UInt32(codeLengthCount - 4), count: 4)
            for symbol in Self.order.prefix(codeLengthCount) { bits.write(UInt32(codeLengthLengths[symbol]), count: 3) }
            for run in runs {
                bits.write(UInt32(codeLengthCodes[run.symbol]), count: Int(codeLengthLengths[run.symbol]))
                if let extra = Self.extraBits[run.symbol] { bits.write(run.extra, count: extra) }
            }
        }
    }
}
