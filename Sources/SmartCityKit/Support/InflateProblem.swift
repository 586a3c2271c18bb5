extension Inflate {
    /// Why compressed data cannot be inflated: a typed value, worded in the run's language by
    /// `WorkbookZipWording` (as the reason an archive's entry is damaged).
    enum Problem: Equatable, Sendable {
        /// A block of type 3, which DEFLATE reserves.
        case reservedBlockType
        /// The data ends before its last block does.
        case endsEarly
        /// A stored block shorter than its header or length.
        case storedBlockEndsEarly
        /// A stored block whose length and its complement disagree.
        case storedLengthMismatch
        /// The output would pass the limit: (the limit in bytes).
        case tooLong(Int)
        /// Bits that are no code of the block's Huffman code.
        case invalidCode
        /// A length symbol past 285.
        case lengthOutOfRange
        /// A distance symbol past 29.
        case distanceOutOfRange
        /// A distance before the first byte of the output.
        case distanceBeforeStart
        /// A dynamic block declaring more than 286 literal or 30 distance codes.
        case tooManyCodes
        /// A repeat of the previous code length before any.
        case repeatBeforeLength
        /// Code lengths past the counts the block declares.
        case lengthsOverrun
        /// A dynamic block without the end-of-block code.
        case noEndOfBlock
        /// Code lengths that make no prefix code.
        case overSubscribed
    }
}
