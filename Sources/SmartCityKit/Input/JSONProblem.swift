/// Why bytes are not JSON, as a fact (`JSONSyntaxError` says where): worded per language by
/// `JSONWording`.
enum JSONProblem: Sendable, Equatable {
    /// What stands where something else was expected.
    enum Found: Sendable, Equatable {
        case endOfFile
        /// A printable ASCII character.
        case character(Character)
        /// Any other byte.
        case byte(UInt8)
    }

    /// Where a `,` or the closing bracket was expected.
    enum Place: Sendable, Equatable {
        case afterMember(String)
        case inArray
    }

    case afterEnd(Found)
    case valueMissing
    case expectedValue(Found)
    case expectedMemberName(Found)
    /// A member named twice: (its name, where the first one is).
    case duplicateMember(String, line: Int, column: Int)
    case expectedColon(Found, member: String)
    case tooDeep(Int)
    /// The file ends inside an object (`}`) or an array (`]`): the closing bracket.
    case endInside(close: Character)
    case trailingComma(close: Character)
    case expectedCommaOrClose(Found, close: Character, Place)
    case expectedLiteral(Found, String)
    case digitsAfterMinus, leadingZeros, digitsAfterPoint, digitsInExponent
    case numberOutOfRange(String)
    case endInsideString, lineBreakInString, controlCharacterInString, endInEscape
    case loneHighSurrogate, invalidLowSurrogate, invalidUnicodeEscape, shortUnicodeEscape
    case invalidEscape(Character)
}
