/// Why a file is not JSON (a questionnaire, a targets or mapping file, JSON responses), or cannot
/// be read at all, in one language: every `JSONProblem` is a case of a `switch` per language, so that a missing
/// translation does not compile. Chosen by the run's language. Characters and names stay as written.
package struct JSONWording: Sendable, LanguageWording {
    /// What a problem says.
    var problem: @Sendable (JSONProblem) -> String
    /// Before it (`invalid JSON: `).
    var invalidJSON: String
    /// Why the file cannot be read at all.
    var files: FileSystemWording

    package static let english = JSONWording(problem: englishProblem, invalidJSON: "invalid JSON: ", files: .english)
    package static let dutch = JSONWording(problem: dutchProblem, invalidJSON: "ongeldige JSON: ", files: .dutch)
    package static let french = JSONWording(problem: frenchProblem, invalidJSON: "JSON invalide\u{202F}: ", files: .french)

    private static func englishProblem(_ problem: JSONProblem) -> String {
        func found(_ found: JSONProblem.Found) -> String {
            switch found {
            case .endOfFile: "end of file"
            case .character(let character): "character '\(character)'"
            case .byte(let byte): "byte 0x" + String(byte, radix: 16, uppercase: true)
            }
        }
        return switch problem {
        case .afterEnd(let what): "unexpected \(found(what)) after the end of the document"
        case .valueMissing: "unexpected end of file: a value is missing (the file may be truncated)"
        case .expectedValue(let what): "unexpected \(found(what)); expected a value (object, array, string, number, true, false or null)"
        case .expectedMemberName(let what): "unexpected \(found(what)); expected a member name in double quotes"
        case .duplicateMember(let key, let line, let column):
            "the member \"\(key)\" appears twice in this object (first on line \(line), column \(column)); keep one"
        case .expectedColon(let what, let key): "unexpected \(found(what)); expected ':' after the member name \"\(key)\""
        case .tooDeep(let levels): "nesting deeper than \(levels) levels"
        case .endInside(let close):
            "unexpected end of file inside \(close == "}" ? "an object" : "an array"): a '\(close)' is missing (the file may be truncated)"
        case .trailingComma(let close): "trailing comma before '\(close)': remove the last ','"
        case .expectedCommaOrClose(let what, let close, .afterMember(let key)): "unexpected \(found(what)); expected ',' or '\(close)' after the member \"\(key)\""
        case .expectedCommaOrClose(let what, let close, .inArray): "unexpected \(found(what)); expected ',' or '\(close)' in the array"
        case .expectedLiteral(let what, let literal): "unexpected \(found(what)); expected '\(literal)'"
        case .digitsAfterMinus: "a number needs digits after '-'"
        case .leadingZeros: "numbers may not have leading zeros"
        case .digitsAfterPoint: "a number needs digits after the decimal point"
        case .digitsInExponent: "a number needs digits in its exponent"
        case .numberOutOfRange(let text): "the number \(text) is out of range"
        case .endInsideString: "unexpected end of file inside a string: a closing '\"' is missing"
        case .lineBreakInString: "a string may not contain a line break; close it with '\"' or write \\n"
        case .controlCharacterInString: "a string may not contain control characters; escape them"
        case .endInEscape: "unexpected end of file in an escape sequence"
        case .loneHighSurrogate: "a high surrogate \\u escape must be followed by a low surrogate"
        case .invalidLowSurrogate: "invalid low surrogate in \\u escape"
        case .invalidUnicodeEscape: "invalid \\u escape"
        case .shortUnicodeEscape: "a \\u escape needs four hexadecimal digits"
        case .invalidEscape(let character): "invalid escape sequence '\\\(character)'"
        }
    }

    private static func dutchProblem(_ problem: JSONProblem) -> String {
        func found(_ found: JSONProblem.Found) -> String {
            switch found {
            case .endOfFile: "einde van het bestand"
            case .character(let character): "teken '\(character)'"
            case .byte(let byte): "byte 0x" + String(byte, radix: 16, uppercase: true)
            }
        }
        return switch problem {
        case .afterEnd(let what): "onverwacht \(found(what)) na het einde van het document"
        case .valueMissing: "onverwacht einde van het bestand: er ontbreekt een waarde (het bestand is misschien afgekapt)"
        case .expectedValue(let what): "onverwacht \(found(what)); verwacht een waarde (object, array, string, getal, true, false of null)"
        case .expectedMemberName(let what): "onverwacht \(found(what)); verwacht een lidnaam tussen dubbele aanhalingstekens"
        case .duplicateMember(let key, let line, let column):
            "het lid \"\(key)\" staat twee keer in dit object (eerst op regel \(line), kolom \(column)); houd er één"
        case .expectedColon(let what, let key): "onverwacht \(found(what)); verwacht ':' na de lidnaam \"\(key)\""
        case .tooDeep(let levels): "dieper genest dan \(levels) niveaus"
        case .endInside(let close):
            "onverwacht einde van het bestand in \(close == "}" ? "een object" : "een array"): er ontbreekt een '\(close)' (het bestand is misschien afgekapt)"
        case .trailingComma(let close): "komma voor '\(close)': verwijder de laatste ','"
        case .expectedCommaOrClose(let what, let close, .afterMember(let key)): "onverwacht \(found(what)); verwacht ',' of '\(close)' na het lid \"\(key)\""
        case .expectedCommaOrClose(let what, let close, .inArray): "onverwacht \(found(what)); verwacht ',' of '\(close)' in de array"
        case .expectedLiteral(let what, let literal): "onverwacht \(found(what)); verwacht '\(literal)'"
        case .digitsAfterMinus: "een getal heeft cijfers nodig na '-'"
        case .leadingZeros: "getallen mogen niet met een nul beginnen"
        case .digitsAfterPoint: "een getal heeft cijfers nodig na de decimale punt"
        case .digitsInExponent: "een getal heeft cijfers nodig in zijn exponent"
        case .numberOutOfRange(let text): "het getal \(text) ligt buiten het bereik"
        case .endInsideString: "onverwacht einde van het bestand in een string: een sluitende '\"' ontbreekt"
        case .lineBreakInString: "een string mag geen regeleinde bevatten; sluit ze met '\"' of schrijf \\n"
        case .controlCharacterInString: "een string mag geen stuurtekens bevatten; schrijf ze als escape"
        case .endInEscape: "onverwacht einde van het bestand in een escapereeks"
        case .loneHighSurrogate: "een hoge surrogaat-escape \\u moet gevolgd worden door een lage"
        case .invalidLowSurrogate: "ongeldige lage surrogaat in een escape \\u"
        case .invalidUnicodeEscape: "ongeldige escape \\u"
        case .shortUnicodeEscape: "een escape \\u heeft vier hexadecimale cijfers nodig"
        case .invalidEscape(let character): "ongeldige escapereeks '\\\(character)'"
        }
    }

    private static func frenchProblem(_ problem: JSONProblem) -> String {
        func found(_ found: JSONProblem.Found) -> String {
            switch found {
            case .endOfFile: "fin de fichier inattendue"
            case .character(let character): "caractère '\(character)' inattendu"
            case .byte(let byte): "octet 0x" + String(byte, radix: 16, uppercase: true) + " inattendu"
            }
        }
        return switch problem {
        case .afterEnd(let what): "\(found(what)) après la fin du document"
        case .valueMissing: "fin de fichier inattendue\u{202F}: il manque une valeur (le fichier est peut-être tronqué)"
        case .expectedValue(let what): "\(found(what))\u{202F}; attendu une valeur (objet, tableau, chaîne, nombre, true, false ou null)"
        case .expectedMemberName(let what): "\(found(what))\u{202F}; attendu un nom de membre entre guillemets doubles"
        case .duplicateMember(let key, let line, let column):
            "le membre «\u{202F}\(key)\u{202F}» figure deux fois dans cet objet (d’abord à la ligne \(line), colonne \(column))\u{202F}; gardez-en un"
        case .expectedColon(let what, let key): "\(found(what))\u{202F}; attendu ':' après le nom de membre «\u{202F}\(key)\u{202F}»"
        case .tooDeep(let levels): "imbrication de plus de \(levels) niveaux"
        case .endInside(let close):
            "fin de fichier inattendue dans \(close == "}" ? "un objet" : "un tableau")\u{202F}: il manque un '\(close)' (le fichier est peut-être tronqué)"
        case .trailingComma(let close): "virgule finale avant '\(close)'\u{202F}: supprimez la dernière ','"
        case .expectedCommaOrClose(let what, let close, .afterMember(let key)):
            "\(found(what))\u{202F}; attendu ',' ou '\(close)' après le membre «\u{202F}\(key)\u{202F}»"
        case .expectedCommaOrClose(let what, let close, .inArray): "\(found(what))\u{202F}; attendu ',' ou '\(close)' dans le tableau"
        case .expectedLiteral(let what, let literal): "\(found(what))\u{202F}; attendu '\(literal)'"
        case .digitsAfterMinus: "un nombre demande des chiffres après '-'"
        case .leadingZeros: "un nombre ne peut pas commencer par un zéro"
        case .digitsAfterPoint: "un nombre demande des chiffres après le point décimal"
        case .digitsInExponent: "un nombre demande des chiffres dans son exposant"
        case .numberOutOfRange(let text): "le nombre \(text) est hors limites"
        case .endInsideString: "fin de fichier inattendue dans une chaîne\u{202F}: il manque un '\"' fermant"
        case .lineBreakInString: "une chaîne ne peut pas contenir de saut de ligne\u{202F}; fermez-la par '\"' ou écrivez \\n"
        case .controlCharacterInString: "une chaîne ne peut pas contenir de caractères de contrôle\u{202F}; échappez-les"
        case .endInEscape: "fin de fichier inattendue dans une séquence d’échappement"
        case .loneHighSurrogate: "un échappement \\u de demi-code haut doit être suivi d’un demi-code bas"
        case .invalidLowSurrogate: "demi-code bas invalide dans un échappement \\u"
        case .invalidUnicodeEscape: "échappement \\u invalide"
        case .shortUnicodeEscape: "un échappement \\u demande quatre chiffres hexadécimaux"
        case .invalidEscape(let character): "séquence d’échappement invalide '\\\(character)'"
        }
    }
}
