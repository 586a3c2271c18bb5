/// Prefix codes for DEFLATE (RFC 1951, 3.2.2): code lengths fitted to symbol frequencies under a
/// length limit, the canonical codes of given lengths, and the fixed codes of block type 1.
enum HuffmanCode {
    /// Lengths of an optimal prefix code for the frequencies, none longer than `limit`. At least
    /// two symbols get a code (a used one and a spare when only one is used), so that every code
    /// is complete, as strict inflaters require.
    static func codeLengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var weights = frequencies
        for symbol in weights.indices where weights.filter({ $0 > 0 }).count < 2 && weights[symbol] == 0 { weights[symbol] = 1 }
        while true {
            let lengths = unlimitedLengths(weights)
            if lengths.max() ?? 0 <= limit { return lengths }
            // Flatter frequencies give a shallower tree; all equal, 286 symbols need 9 bits.
            weights = weights.map { $0 == 0 ? 0 : ($0 + 1) / 2 }
        }
    }

    /// Huffman's lengths: the two lightest nodes merged until one is left, from two queues
    /// (the leaves by weight, the merged nodes in the order made, which is by weight too).
    private static func unlimitedLengths(_ weights: [Int]) -> [UInt8] {
        let leaves = weights.indices.filter { weights[$0] > 0 }.sorted { (weights[$0], $0) < (weights[$1], $1) }
        var weight = leaves.map { weights[$0] }
        let leafCount = leaves.count, nodeCount = 2 * leafCount - 1
        var parent = [Int](repeating: -1, count: nodeCount)
        var nextLeaf = 0, nextMerged = leafCount
        func lightest() -> Int {
            if nextLeaf < leafCount, nextMerged >= weight.count || weight[nextLeaf] <= weight[nextMerged] {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextMerged += 1
            return nextMerged - 1
        }
        while weight.count < nodeCount {
            let first = lightest(), second = lightest()
            parent[first] = weight.count
            parent[second] = weight.count
            weight.append(weight[first] + weight[second])
        }
        // A parent comes after its children: depths from the root down.
        var depth = [Int](repeating: 0, count: nodeCount)
        for node in stride(from: nodeCount - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        var lengths = [UInt8](repeating: 0, count: weights.count)
        for (index, symbol) in leaves.enumerated() { lengths[symbol] = UInt8(depth[index]) }
        return lengths
    }

    /// The canonical codes of the lengths, bit-reversed: DEFLATE sends a code's first bit first
    /// but packs bits from the least significant up.
    static func codes(_ lengths: [UInt8]) -> [UInt16] {
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countPerLength[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: 16), code = 0
        for length in 1..<16 {
            code = (code + countPerLength[length - 1]) << 1
            next[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            var value = next[Int(length)], reversed = 0
            next[Int(length)] += 1
            for _ in 0..<length {
                reversed = reversed << 1 | value & 1
                value >>= 1
            }
            return UInt16(reversed)
        }
    }

    static let fixedLiteralLengths: [UInt8] = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 30)
    static let fixedLiteralCodes = codes(fixedLiteralLengths)
    static let fixedDistanceCodes = codes(fixedDistanceLengths)
}
