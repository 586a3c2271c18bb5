import Foundation

/// File names made from user text (respondent ids): lowercase ASCII letters and digits, accents
/// dropped, other runs replaced by `-`, and never longer than `maximumLength` bytes, so that
/// every id gives a name every file system accepts.
enum Slug {
    /// Longer slugs are cut and end in a short hash of the whole text, to stay unique.
    static let maximumLength = 80

    static func make(_ text: String) -> String {
        var slug = ""
        // ASCII needs no folding (the common case, and Foundation's folding is slow).
        let folded = text.utf8.allSatisfy { $0 < 0x80 }
            ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        guard slug.utf8.count > maximumLength else { return slug }
        var digest = SHA256()
        digest.update(Array(text.utf8))
        let hash = String(digest.finalizeHex().prefix(8))
        var cut = String(slug.prefix(maximumLength - hash.count - 1))
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut + "-" + hash
    }
}
