/// DEFLATE decoding (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, with canonical
/// Huffman codes decoded by counts (as zlib's `puff.c` does). Errors name what is wrong.
enum Inflate {
    /// Why the data cannot be inflated (`Problem`).
    struct Failure: Error, Equatable {
        var problem: Problem

        init(_ problem: Problem) { self.problem = problem }

        /// The output would pass `limit`: a "zip bomb", or an entry larger than it says.
        static func tooLong(_ limit: Int) -> Failure { Failure(.tooLong(limit)) }
    }

    /// The decompressed bytes; `limit` bounds the output, checked before every byte is added
    /// (a "zip bomb" is an error, not a crash, and never allocates past the limit).
    static func decompress(_ input: [UInt8], limit: Int = 1 << 30) throws(Failure) -> [UInt8] {
        var state = State(input: input)
        var output: [UInt8] = []
        var last = false
        while !last {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.stored(into: &output, limit: limit)
            case 1: try state.codes(into: &output, literals: fixed.literals, distances: fixed.distances, limit: limit)
            case 2:
                let (literals, distances) = try state.dynamicTables()
                try state.codes(into: &output, literals: literals, distances: distances, limit: limit)
            default: throw Failure(.reservedBlockType)
            }
        }
        return output
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []
        /// More codes of some lengths than the lengths allow: not a prefix code.
        private(set) var isOverSubscribed = false

        init(lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                if left < 0 { isOverSubscribed = true }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 && offsets[length] < symbols.count {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private static let fixed: (literals: Huffman, distances: Huffman) = {
        let literals = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
        return (Huffman(lengths: literals), Huffman(lengths: [Int](repeating: 5, count: 30)))
    }()

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                       4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private struct State {
        let input: [UInt8]
        var position = 0
        var bitBuffer = 0
        var bitCount = 0

        init(input: [UInt8]) { self.input = input }

        mutating func bits(_ needed: Int) throws(Failure) -> Int {
            var value = bitBuffer
            while bitCount < needed {
                guard position < input.count else { throw Failure(.endsEarly) }
                value |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            bitBuffer = value >> needed
            bitCount -= needed
            return value & ((1 << needed) - 1)
        }

        mutating func stored(into output: inout [UInt8], limit: Int) throws(Failure) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw Failure(.storedBlockEndsEarly) }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~complement & 0xFFFF else { throw Failure(.storedLengthMismatch) }
            position += 4
            guard position + length <= input.count else { throw Failure(.storedBlockEndsEarly) }
            guard length <= limit - output.count else { throw Failure.tooLong(limit) }
            output.append(contentsOf: input[position..<position + length])
            position += length
        }

        mutating func decode(_ huffman: Huffman) throws(Failure) -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try bits(1)
                let count = huffman.counts[length]
                if code - count < first { return huffman.symbols[index + (code - first)] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw Failure(.invalidCode)
        }

        mutating func codes(into output: inout [UInt8], literals: Huffman, distances: Huffman, limit: Int) throws(Failure) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw Failure.tooLong(limit) }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let lengthSymbol = symbol - 257
                    guard lengthSymbol < 29 else { throw Failure(.lengthOutOfRange) }
                    let length = lengthBase[lengthSymbol] + (try bits(lengthExtra[lengthSymbol]))
                    let distanceSymbol = try decode(distances)
                    guard distanceSymbol < 30 else { throw Failure(.distanceOutOfRange) }
                    let distance = distanceBase[distanceSymbol] + (try bits(distanceExtra[distanceSymbol]))
                    guard distance <= output.count else { throw Failure(.distanceBeforeStart) }
                    guard length <= limit - output.count else { throw Failure.tooLong(limit) }
                    let start = output.count - distance
                    for offset in 0..<length { output.append(output[start + offset]) }
                }
            }
        }

        mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
            let literalCount = try bits(5) + 257, distanceCount = try bits(5) + 1, codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw Failure(.tooManyCodes) }
            var codeLengths = [Int](repeating: 0, count: 19)
            for index in 0..<codeLengthCount { codeLengths[codeLengthOrder[index]] = try bits(3) }
            let lengthCode = try checked(Huffman(lengths: codeLengths))
            var lengths: [Int] = []
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0..<16: lengths.append(symbol)
                case 16:
                    guard let previous = lengths.last else { throw Failure(.repeatBeforeLength) }
                    lengths += repeatElement(previous, count: 3 + (try bits(2)))
                case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
                default: lengths += repeatElement(0, count: 11 + (try bits(7)))
                }
            }
            guard lengths.count == literalCount + distanceCount else { throw Failure(.lengthsOverrun) }
            guard lengths[256] != 0 else { throw Failure(.noEndOfBlock) }
            return (try checked(Huffman(lengths: Array(lengths[0..<literalCount]))), try checked(Huffman(lengths: Array(lengths[literalCount...]))))
        }

        private func checked(_ huffman: Huffman) throws(Failure) -> Huffman {
            if huffman.isOverSubscribed { throw Failure(.overSubscribed) }
            return huffman
        }
    }
}
