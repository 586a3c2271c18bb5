/// The most bytes each kind of spill field takes.
enum SpillField {
    static let unsignedLength = 10
    /// Zigzag LEB128 of 128 bits.
    static let wideLength = 19
    static let fractionLength = 1 + 2 * wideLength
    static let doubleLength = 1 + unsignedLength
    static let incompleteLength = 1 + max(doubleLength, fractionLength)
    static let answerLength = 1 + unsignedLength
    static let fixedRowLength = 8
}
