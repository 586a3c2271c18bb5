/// What is said about a damaged part of a workbook, in one language: XML that is not
/// well-formed (`XMLTokenizer.Problem`), and what a well-formed part says that cannot be read
/// (`WorkbookPartProblem`: where a row or cell stands, a cell's value, type or style, a number
/// format, a sheet's declaration), each with its fix. The part, line and column before it are
/// the same in every language. A struct with a value per language, so that a missing
/// translation does not compile; part of `WorkbookWording`, chosen by the run's language.
struct WorkbookPartWording: Sendable {
    // MARK: XML that is not well-formed
    var textOutsideRoot: String
    var noRootElement: String
    var cdataOutsideRoot: String
    var endsInsideElement: @Sendable (_ name: String) -> String
    var endsInsideProcessingInstruction: String
    var endsInsideComment: String
    var endsInsideCDATA: String
    var endsInsideTag: @Sendable (_ name: String) -> String
    var endsInsideAttributeValue: @Sendable (_ attribute: String) -> String
    var documentType: String
    var markupDeclaration: String
    var expectedEmptyTagClose: @Sendable (_ name: String) -> String
    var expectedSpace: @Sendable (_ name: String) -> String
    var secondRoot: @Sendable (_ name: String) -> String
    var tooDeep: @Sendable (_ levels: Int) -> String
    var repeatedAttribute: @Sendable (_ attribute: String) -> String
    var expectedEquals: @Sendable (_ attribute: String) -> String
    var expectedQuotedValue: @Sendable (_ attribute: String) -> String
    var expectedEndTagClose: @Sendable (_ name: String) -> String
    var endTagClosesNothing: @Sendable (_ name: String) -> String
    var mismatchedEndTag: @Sendable (_ name: String, _ open: String) -> String
    var expectedName: String
    var lessThanInAttribute: String
    var bareAmpersand: String
    var disallowedCharacterReference: @Sendable (_ reference: String) -> String
    var undefinedEntity: @Sendable (_ entity: String) -> String
    /// (The code point in hexadecimal, at least four digits.)
    var controlCharacter: @Sendable (_ code: String) -> String
    var invalidUTF8: String
    /// (The code point in hexadecimal, at least four digits.)
    var disallowedCharacter: @Sendable (_ code: String) -> String
    /// A problem found where the document ends: (the problem).
    var endsEarly: @Sendable (_ problem: String) -> String
    /// What follows the XML's problem: (the problem).
    var malformed: @Sendable (_ problem: String) -> String

    // MARK: What a well-formed part says that cannot be read
    /// A row or cell that stands where it cannot: (what, the sheet).
    var inSheet: @Sendable (_ what: String, _ sheet: String) -> String
    var secondSheetData: String
    var rowNumber: @Sendable (_ written: String) -> String
    var rowAbove: @Sendable (_ row: Int, _ previous: Int) -> String
    var rowAfterLast: String
    var cellReference: @Sendable (_ written: String) -> String
    var cellAfterLastColumn: @Sendable (_ row: Int) -> String
    var cellInEarlierRow: @Sendable (_ cell: String, _ previous: Int) -> String
    var cellInAnotherRow: @Sendable (_ cell: String, _ row: Int) -> String
    var cellLeftOf: @Sendable (_ cell: String, _ previous: String) -> String
    /// A cell whose value cannot be read: (the cell, the sheet, why).
    var ofCell: @Sendable (_ cell: String, _ sheet: String, _ why: String) -> String
    var notANumber: @Sendable (_ written: String) -> String
    var notADate: @Sendable (_ number: String) -> String
    var sharedString: @Sendable (_ index: String, _ count: Int) -> String
    var notABoolean: @Sendable (_ written: String) -> String
    var notAnISODate: @Sendable (_ written: String) -> String
    var unknownType: @Sendable (_ type: String) -> String
    var undefinedStyle: @Sendable (_ style: String, _ defined: Int) -> String
    var numberFormatID: @Sendable (_ written: String) -> String
    var sheetWithoutNameOrID: String
    /// The fix of a cell a user can correct.
    var correctTheCell: String
    /// The fix of a part no spreadsheet program writes.
    var damaged: String

    /// An XML problem in this language.
    func text(_ problem: XMLTokenizer.Problem) -> String {
        switch problem {
        case .textOutsideRoot: textOutsideRoot
        case .noRootElement: noRootElement
        case .cdataOutsideRoot: cdataOutsideRoot
        case .endsInsideElement(let name): endsInsideElement(name)
        case .endsInsideProcessingInstruction: endsInsideProcessingInstruction
        case .endsInsideComment: endsInsideComment
        case .endsInsideCDATA: endsInsideCDATA
        case .endsInsideTag(let name): endsInsideTag(name)
        case .endsInsideAttributeValue(let name): endsInsideAttributeValue(name)
        case .documentType: documentType
        case .markupDeclaration: markupDeclaration
        case .expectedEmptyTagClose(let name): expectedEmptyTagClose(name)
        case .expectedSpace(let name): expectedSpace(name)
        case .secondRoot(let name): secondRoot(name)
        case .tooDeep(let levels): tooDeep(levels)
        case .repeatedAttribute(let name): repeatedAttribute(name)
        case .expectedEquals(let name): expectedEquals(name)
        case .expectedQuotedValue(let name): expectedQuotedValue(name)
        case .expectedEndTagClose(let name): expectedEndTagClose(name)
        case .endTagClosesNothing(let name): endTagClosesNothing(name)
        case .mismatchedEndTag(let name, let open): mismatchedEndTag(name, open)
        case .expectedName: expectedName
        case .lessThanInAttribute: lessThanInAttribute
        case .bareAmpersand: bareAmpersand
        case .disallowedCharacterReference(let reference): disallowedCharacterReference(reference)
        case .undefinedEntity(let name): undefinedEntity(name)
        case .controlCharacter(let code): controlCharacter(XMLTokenizer.hex(code))
        case .invalidUTF8: invalidUTF8
        case .disallowedCharacter(let code): disallowedCharacter(XMLTokenizer.hex(code))
        case .endsEarly(let inner): endsEarly(text(inner))
        }
    }

    /// What a well-formed part says that cannot be read, with its fix, in this language.
    func text(_ problem: WorkbookPartProblem) -> String {
        switch problem {
        case .placement(let placement, let sheet): inSheet(text(placement), sheet)
        case .cell(let cell, let sheet, let value): ofCell(cell, sheet, text(value))
        case .numberFormatID(let written): numberFormatID(written) + damaged
        case .sheetWithoutNameOrID: sheetWithoutNameOrID + damaged
        }
    }

    private func text(_ placement: WorkbookPartProblem.Placement) -> String {
        switch placement {
        case .secondSheetData: secondSheetData
        case .rowNumber(let written): rowNumber(written)
        case .rowAbove(let row, let previous): rowAbove(row, previous)
        case .rowAfterLast: rowAfterLast
        case .cellReference(let written): cellReference(written)
        case .cellAfterLastColumn(let row): cellAfterLastColumn(row)
        case .cellInEarlierRow(let cell, let previous): cellInEarlierRow(cell, previous)
        case .cellInAnotherRow(let cell, let row): cellInAnotherRow(cell, row)
        case .cellLeftOf(let cell, let previous): cellLeftOf(cell, previous)
        }
    }

    private func text(_ value: WorkbookPartProblem.Value) -> String {
        switch value {
        case .notANumber(let written): notANumber(written) + correctTheCell
        case .notADate(let number): notADate(number) + correctTheCell
        case .sharedString(let index, let count): sharedString(index, count) + damaged
        case .notABoolean(let written): notABoolean(written) + correctTheCell
        case .notAnISODate(let written): notAnISODate(written) + correctTheCell
        case .unknownType(let type): unknownType(type) + damaged
        case .undefinedStyle(let style, let defined): undefinedStyle(style, defined) + damaged
        }
    }

    static let english = WorkbookPartWording(
        textOutsideRoot: "text outside the root element",
        noRootElement: "the document has no root element",
        cdataOutsideRoot: "a CDATA section outside the root element",
        endsInsideElement: { "the document ends inside <\($0)>: it is cut short" },
        endsInsideProcessingInstruction: "the document ends inside a processing instruction: it is cut short",
        endsInsideComment: "the document ends inside a comment: it is cut short",
        endsInsideCDATA: "the document ends inside a CDATA section: it is cut short",
        endsInsideTag: { "the document ends inside the tag <\($0)>: it is cut short" },
        endsInsideAttributeValue: { "the document ends inside the value of the attribute \($0): it is cut short" },
        documentType: "a document type declaration (<!DOCTYPE>) is not allowed: workbook parts have none, and the entities it declares could expand without bound",
        markupDeclaration: "a markup declaration (<!...>) is not allowed in a workbook part",
        expectedEmptyTagClose: { "expected \"/>\" to close the tag <\($0)>" },
        expectedSpace: { "expected a space, \">\" or \"/>\" in the tag <\($0)>" },
        secondRoot: { "a second root element <\($0)>; a document has one" },
        tooDeep: { "elements nest deeper than \($0) levels" },
        repeatedAttribute: { "the attribute \($0) appears twice in one tag" },
        expectedEquals: { "expected \"=\" after the attribute name \($0)" },
        expectedQuotedValue: { "expected a quoted value for the attribute \($0)" },
        expectedEndTagClose: { "expected \">\" to close the end tag </\($0)>" },
        endTagClosesNothing: { "the end tag </\($0)> closes no element" },
        mismatchedEndTag: { "the end tag </\($0)> does not match the open element <\($1)>" },
        expectedName: "expected a name",
        lessThanInAttribute: "\"<\" is not allowed in an attribute value; write &lt;",
        bareAmpersand: "\"&\" starts no entity or character reference; write &amp; for an ampersand",
        disallowedCharacterReference: { "&\($0); is not a character XML allows" },
        undefinedEntity: { "the entity &\($0); is not defined (XML defines &lt; &gt; &amp; &quot; &apos;, and workbook parts declare none)" },
        controlCharacter: { "the control character U+\($0) is not allowed in XML" },
        invalidUTF8: "the bytes are not valid UTF-8 here; save the workbook again from the spreadsheet program",
        disallowedCharacter: { "the character U+\($0) is not allowed in XML" },
        endsEarly: { "the document ends early (\($0)): it is cut short" },
        malformed: {
            "\($0); the part is not well-formed XML, so the workbook is damaged or was not written by a spreadsheet program; "
                + "open it in the spreadsheet program and save it again, or save the sheet as CSV UTF-8"
        },
        inSheet: { "\($0) (sheet \"\($1)\"); correct or save the workbook again in the spreadsheet program" },
        secondSheetData: "a second <sheetData>; a sheet has one",
        rowNumber: { "the row number r=\"\($0)\" is not a row between 1 and 1,048,576 (Excel's last row)" },
        rowAbove: { "row \($0) comes after row \($1); a sheet's rows go from top to bottom" },
        rowAfterLast: "a row after row 1,048,576, Excel's last row",
        cellReference: { "the cell reference r=\"\($0)\" is not a cell within Excel's limits (A1 to XFD1048576)" },
        cellAfterLastColumn: { "a cell after XFD\($0), beyond Excel's last column (XFD)" },
        cellInEarlierRow: { "cell \($0) stands in a row after row \($1) whose other cells say otherwise" },
        cellInAnotherRow: { "cell \($0) stands in row \($1)" },
        cellLeftOf: { "cell \($0) comes after cell \($1); a row's cells go from left to right" },
        ofCell: { "cell \($0) of sheet \"\($1)\" \($2)" },
        notANumber: { "holds \"\($0)\", which is not a number" },
        notADate: { "holds \($0) in a date format, which is no date (a spreadsheet shows dates from 1900 to 9999)" },
        sharedString: { "refers to shared string \"\($0)\", but the workbook has \($1) (numbered from 0)" },
        notABoolean: { "is a boolean holding \"\($0)\", neither 1 nor 0" },
        notAnISODate: { "holds \"\($0)\", which is not an ISO 8601 date" },
        unknownType: { "has the type t=\"\($0)\", which is none of SpreadsheetML's (n, s, inlineStr, b, str, e, d)" },
        undefinedStyle: { "has the style s=\"\($0)\", which the workbook does not define (it defines \($1))" },
        numberFormatID: { "numFmtId=\"\($0)\" is not a number format id" },
        sheetWithoutNameOrID: "a <sheet> without its name or r:id",
        correctTheCell: "; correct the cell in the spreadsheet program and save the workbook again",
        damaged: "; the workbook is damaged: open it in the spreadsheet program and save it again")

    static let dutch = WorkbookPartWording(
        textOutsideRoot: "tekst buiten het hoofdelement",
        noRootElement: "het document heeft geen hoofdelement",
        cdataOutsideRoot: "een CDATA-sectie buiten het hoofdelement",
        endsInsideElement: { "het document eindigt binnen <\($0)>: het is afgebroken" },
        endsInsideProcessingInstruction: "het document eindigt binnen een verwerkingsinstructie: het is afgebroken",
        endsInsideComment: "het document eindigt binnen commentaar: het is afgebroken",
        endsInsideCDATA: "het document eindigt binnen een CDATA-sectie: het is afgebroken",
        endsInsideTag: { "het document eindigt binnen de tag <\($0)>: het is afgebroken" },
        endsInsideAttributeValue: { "het document eindigt binnen de waarde van het attribuut \($0): het is afgebroken" },
        documentType: "een documenttypedeclaratie (<!DOCTYPE>) is niet toegestaan: de onderdelen van een werkmap hebben er geen, "
            + "en de entiteiten die ze declareert, zouden zich onbegrensd kunnen uitbreiden",
        markupDeclaration: "een opmaakdeclaratie (<!...>) is niet toegestaan in een onderdeel van een werkmap",
        expectedEmptyTagClose: { "\"/>\" verwacht om de tag <\($0)> te sluiten" },
        expectedSpace: { "een spatie, \">\" of \"/>\" verwacht in de tag <\($0)>" },
        secondRoot: { "een tweede hoofdelement <\($0)>; een document heeft er één" },
        tooDeep: { "elementen zijn dieper genest dan \($0) niveaus" },
        repeatedAttribute: { "het attribuut \($0) staat twee keer in één tag" },
        expectedEquals: { "\"=\" verwacht na de attribuutnaam \($0)" },
        expectedQuotedValue: { "een waarde tussen aanhalingstekens verwacht voor het attribuut \($0)" },
        expectedEndTagClose: { "\">\" verwacht om de sluittag </\($0)> te sluiten" },
        endTagClosesNothing: { "de sluittag </\($0)> sluit geen element" },
        mismatchedEndTag: { "de sluittag </\($0)> past niet bij het open element <\($1)>" },
        expectedName: "een naam verwacht",
        lessThanInAttribute: "\"<\" is niet toegestaan in de waarde van een attribuut; schrijf &lt;",
        bareAmpersand: "\"&\" begint geen entiteit of tekenverwijzing; schrijf &amp; voor een ampersand",
        disallowedCharacterReference: { "&\($0); is geen teken dat XML toestaat" },
        undefinedEntity: { "de entiteit &\($0); is niet gedefinieerd (XML definieert &lt; &gt; &amp; &quot; &apos;, en de onderdelen van een werkmap declareren er geen)" },
        controlCharacter: { "het stuurteken U+\($0) is niet toegestaan in XML" },
        invalidUTF8: "de bytes zijn hier geen geldige UTF-8; bewaar de werkmap opnieuw vanuit het rekenbladprogramma",
        disallowedCharacter: { "het teken U+\($0) is niet toegestaan in XML" },
        endsEarly: { "het document eindigt te vroeg (\($0)): het is afgebroken" },
        malformed: {
            "\($0); het onderdeel is geen welgevormde XML, dus de werkmap is beschadigd of niet door een rekenbladprogramma geschreven; "
                + "open ze in het rekenbladprogramma en bewaar ze opnieuw, of bewaar het werkblad als CSV UTF-8"
        },
        inSheet: { "\($0) (werkblad \"\($1)\"); verbeter de werkmap of bewaar ze opnieuw in het rekenbladprogramma" },
        secondSheetData: "een tweede <sheetData>; een werkblad heeft er één",
        rowNumber: { "het rijnummer r=\"\($0)\" is geen rij tussen 1 en 1.048.576 (de laatste rij van Excel)" },
        rowAbove: { "rij \($0) komt na rij \($1); de rijen van een werkblad gaan van boven naar onder" },
        rowAfterLast: "een rij na rij 1.048.576, de laatste rij van Excel",
        cellReference: { "de celverwijzing r=\"\($0)\" is geen cel binnen de grenzen van Excel (A1 tot XFD1048576)" },
        cellAfterLastColumn: { "een cel na XFD\($0), voorbij de laatste kolom van Excel (XFD)" },
        cellInEarlierRow: { "cel \($0) staat in een rij na rij \($1), maar de andere cellen van die rij zeggen iets anders" },
        cellInAnotherRow: { "cel \($0) staat in rij \($1)" },
        cellLeftOf: { "cel \($0) komt na cel \($1); de cellen van een rij gaan van links naar rechts" },
        ofCell: { "cel \($0) van werkblad \"\($1)\" \($2)" },
        notANumber: { "bevat \"\($0)\", wat geen getal is" },
        notADate: { "bevat \($0) in een datumnotatie, wat geen datum is (een rekenblad toont datums van 1900 tot 9999)" },
        sharedString: { "verwijst naar gedeelde tekst \"\($0)\", maar de werkmap heeft er \($1) (genummerd vanaf 0)" },
        notABoolean: { "is een booleaanse waarde met \"\($0)\", noch 1 noch 0" },
        notAnISODate: { "bevat \"\($0)\", wat geen ISO 8601-datum is" },
        unknownType: { "heeft het type t=\"\($0)\", dat geen van de types van SpreadsheetML is (n, s, inlineStr, b, str, e, d)" },
        undefinedStyle: { "heeft de stijl s=\"\($0)\", die de werkmap niet definieert (ze definieert er \($1))" },
        numberFormatID: { "numFmtId=\"\($0)\" is geen id van een getalnotatie" },
        sheetWithoutNameOrID: "een <sheet> zonder naam of r:id",
        correctTheCell: "; verbeter de cel in het rekenbladprogramma en bewaar de werkmap opnieuw",
        damaged: "; de werkmap is beschadigd: open ze in het rekenbladprogramma en bewaar ze opnieuw")

    static let french = WorkbookPartWording(
        textOutsideRoot: "du texte hors de l’élément racine",
        noRootElement: "le document n’a pas d’élément racine",
        cdataOutsideRoot: "une section CDATA hors de l’élément racine",
        endsInsideElement: { "le document se termine dans <\($0)>\u{202F}: il est tronqué" },
        endsInsideProcessingInstruction: "le document se termine dans une instruction de traitement\u{202F}: il est tronqué",
        endsInsideComment: "le document se termine dans un commentaire\u{202F}: il est tronqué",
        endsInsideCDATA: "le document se termine dans une section CDATA\u{202F}: il est tronqué",
        endsInsideTag: { "le document se termine dans la balise <\($0)>\u{202F}: il est tronqué" },
        endsInsideAttributeValue: { "le document se termine dans la valeur de l’attribut \($0)\u{202F}: il est tronqué" },
        documentType: "une déclaration de type de document (<!DOCTYPE>) n’est pas permise\u{202F}: les parties d’un classeur n’en ont pas, "
            + "et les entités qu’elle déclare pourraient s’étendre sans limite",
        markupDeclaration: "une déclaration de balisage (<!...>) n’est pas permise dans une partie d’un classeur",
        expectedEmptyTagClose: { "«\u{202F}/>\u{202F}» attendu pour fermer la balise <\($0)>" },
        expectedSpace: { "une espace, «\u{202F}>\u{202F}» ou «\u{202F}/>\u{202F}» attendu dans la balise <\($0)>" },
        secondRoot: { "un deuxième élément racine <\($0)>\u{202F}; un document n’en a qu’un" },
        tooDeep: { "des éléments sont imbriqués sur plus de \($0) niveaux" },
        repeatedAttribute: { "l’attribut \($0) apparaît deux fois dans une balise" },
        expectedEquals: { "«\u{202F}=\u{202F}» attendu après le nom d’attribut \($0)" },
        expectedQuotedValue: { "une valeur entre guillemets attendue pour l’attribut \($0)" },
        expectedEndTagClose: { "«\u{202F}>\u{202F}» attendu pour fermer la balise de fin </\($0)>" },
        endTagClosesNothing: { "la balise de fin </\($0)> ne ferme aucun élément" },
        mismatchedEndTag: { "la balise de fin </\($0)> ne correspond pas à l’élément ouvert <\($1)>" },
        expectedName: "un nom attendu",
        lessThanInAttribute: "«\u{202F}<\u{202F}» n’est pas permis dans la valeur d’un attribut\u{202F}; écrivez &lt;",
        bareAmpersand: "«\u{202F}&\u{202F}» ne commence aucune entité ni référence de caractère\u{202F}; écrivez &amp; pour une esperluette",
        disallowedCharacterReference: { "&\($0); n’est pas un caractère permis en XML" },
        undefinedEntity: { "l’entité &\($0); n’est pas définie (XML définit &lt; &gt; &amp; &quot; &apos;, et les parties d’un classeur n’en déclarent aucune)" },
        controlCharacter: { "le caractère de contrôle U+\($0) n’est pas permis en XML" },
        invalidUTF8: "les octets ne sont pas de l’UTF-8 valide ici\u{202F}; enregistrez à nouveau le classeur depuis le tableur",
        disallowedCharacter: { "le caractère U+\($0) n’est pas permis en XML" },
        endsEarly: { "le document se termine trop tôt (\($0))\u{202F}: il est tronqué" },
        malformed: {
            "\($0)\u{202F}; la partie n’est pas du XML bien formé, le classeur est donc endommagé ou n’a pas été écrit par un tableur\u{202F}; "
                + "ouvrez-le dans le tableur et enregistrez-le à nouveau, ou enregistrez la feuille en CSV UTF-8"
        },
        inSheet: { "\($0) (feuille «\u{202F}\($1)\u{202F}»)\u{202F}; corrigez le classeur ou enregistrez-le à nouveau dans le tableur" },
        secondSheetData: "un deuxième <sheetData>\u{202F}; une feuille n’en a qu’un",
        rowNumber: { "le numéro de ligne r=\"\($0)\" n’est pas une ligne entre 1 et 1\u{202F}048\u{202F}576 (la dernière ligne d’Excel)" },
        rowAbove: { "la ligne \($0) suit la ligne \($1)\u{202F}; les lignes d’une feuille vont de haut en bas" },
        rowAfterLast: "une ligne après la ligne 1\u{202F}048\u{202F}576, la dernière ligne d’Excel",
        cellReference: { "la référence de cellule r=\"\($0)\" n’est pas une cellule dans les limites d’Excel (A1 à XFD1048576)" },
        cellAfterLastColumn: { "une cellule après XFD\($0), au-delà de la dernière colonne d’Excel (XFD)" },
        cellInEarlierRow: { "la cellule \($0) se trouve dans une ligne après la ligne \($1), mais les autres cellules de cette ligne disent autre chose" },
        cellInAnotherRow: { "la cellule \($0) se trouve dans la ligne \($1)" },
        cellLeftOf: { "la cellule \($0) suit la cellule \($1)\u{202F}; les cellules d’une ligne vont de gauche à droite" },
        ofCell: { "la cellule \($0) de la feuille «\u{202F}\($1)\u{202F}» \($2)" },
        notANumber: { "contient «\u{202F}\($0)\u{202F}», qui n’est pas un nombre" },
        notADate: { "contient \($0) dans un format de date, qui n’est pas une date (un tableur affiche les dates de 1900 à 9999)" },
        sharedString: { "renvoie à la chaîne partagée «\u{202F}\($0)\u{202F}», mais le classeur en a \($1) (numérotées à partir de 0)" },
        notABoolean: { "est un booléen contenant «\u{202F}\($0)\u{202F}», ni 1 ni 0" },
        notAnISODate: { "contient «\u{202F}\($0)\u{202F}», qui n’est pas une date ISO 8601" },
        unknownType: { "a le type t=\"\($0)\", qui n’est aucun de ceux de SpreadsheetML (n, s, inlineStr, b, str, e, d)" },
        undefinedStyle: { "a le style s=\"\($0)\", que le classeur ne définit pas (il en définit \($1))" },
        numberFormatID: { "numFmtId=\"\($0)\" n’est pas un identifiant de format de nombre" },
        sheetWithoutNameOrID: "un <sheet> sans nom ni r:id",
        correctTheCell: "\u{202F}; corrigez la cellule dans le tableur et enregistrez à nouveau le classeur",
        damaged: "\u{202F}; le classeur est endommagé\u{202F}: ouvrez-le dans le tableur et enregistrez-le à nouveau")
}
