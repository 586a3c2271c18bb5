/// Why a workbook's ZIP container cannot be opened, in one language: a file that is no ZIP
/// archive, one in a form not read (ZIP64, split, encrypted, an unknown method), one a "zip
/// bomb" or a damaged file makes (`ZipArchive.Problem`, with `Inflate.Problem` as the reason an
/// entry's compressed data is damaged), each with its fix. A struct with a value per language,
/// so that a missing translation does not compile; part of `WorkbookWording`, chosen by the
/// run's language. Sizes and counts are written as digits, the same in every language.
struct WorkbookZipWording: Sendable {
    /// What the reasons follow: (the reason with its fix).
    var unreadable: @Sendable (_ reason: String) -> String

    // MARK: Why the archive or an entry cannot be read
    /// (The file's size in bytes.)
    var tooShort: @Sendable (_ bytes: Int) -> String
    var noCentralDirectory: String
    var zip64: String
    /// ZIP64 fields in an entry: (its name).
    var zip64Entry: @Sendable (_ entry: String) -> String
    var split: String
    var cutShort: String
    var directoryEndsElsewhere: @Sendable (_ declared: Int) -> String
    var damagedDirectory: String
    var entryWithoutName: String
    var encrypted: @Sendable (_ entry: String) -> String
    var storedSizesDiffer: @Sendable (_ entry: String) -> String
    var ratio: @Sendable (_ entry: String, _ compressed: Int, _ size: Int, _ limit: Int) -> String
    var unsupportedMethod: @Sendable (_ entry: String, _ method: Int) -> String
    var duplicateName: @Sendable (_ entry: String) -> String
    var aliased: @Sendable (_ first: String, _ second: String) -> String
    var overlapping: @Sendable (_ earlier: String, _ later: String) -> String
    var entryPastTotal: @Sendable (_ entry: String, _ size: Int, _ limit: Int) -> String
    var partsPastTotal: @Sendable (_ declared: Int, _ largest: String, _ size: Int, _ limit: Int) -> String
    /// A damaged entry: (its name, why).
    var damagedEntry: @Sendable (_ entry: String, _ why: String) -> String
    var localHeaderDisagrees: String
    var checksum: String

    // MARK: Why compressed data cannot be inflated
    var reservedBlockType: String
    var endsEarly: String
    var storedBlockEndsEarly: String
    var storedLengthMismatch: String
    var tooLong: @Sendable (_ limit: Int) -> String
    var invalidCode: String
    var lengthOutOfRange: String
    var distanceOutOfRange: String
    var distanceBeforeStart: String
    var tooManyCodes: String
    var repeatBeforeLength: String
    var lengthsOverrun: String
    var noEndOfBlock: String
    var overSubscribed: String

    // MARK: Fixes
    /// The fix of a file that is no ZIP archive.
    var saveAsXLSX: String
    /// The fix of a ZIP64 archive.
    var saveUnder4GB: String
    /// The fix of a damaged or crafted archive.
    var saveAgain: String
    /// The fix of an archive past the limits of what is inflated.
    var splitOrCSV: String

    /// Why the archive cannot be read, with its fix, in this language.
    func text(_ problem: ZipArchive.Problem) -> String {
        switch problem {
        case .tooShort(let bytes): tooShort(bytes) + saveAsXLSX
        case .noCentralDirectory: noCentralDirectory + saveAsXLSX
        case .zip64(let entry): (entry.map(zip64Entry) ?? zip64) + saveUnder4GB
        case .split: split + saveAgain
        case .cutShort: cutShort + saveAgain
        case .directoryEndsElsewhere(let declared): directoryEndsElsewhere(declared) + saveAgain
        case .damagedDirectory: damagedDirectory + saveAgain
        case .entryWithoutName: entryWithoutName + saveAgain
        case .encrypted(let entry): encrypted(entry)
        case .storedSizesDiffer(let entry): storedSizesDiffer(entry) + saveAgain
        case .ratio(let entry, let compressed, let size, let limit): ratio(entry, compressed, size, limit) + saveAgain
        case .unsupportedMethod(let entry, let method): unsupportedMethod(entry, method) + saveAgain
        case .localHeaderDisagrees(let entry): damagedEntry(entry, localHeaderDisagrees) + saveAgain
        case .duplicateName(let entry): duplicateName(entry) + saveAgain
        case .aliased(let first, let second): aliased(first, second) + saveAgain
        case .overlapping(let earlier, let later): overlapping(earlier, later) + saveAgain
        case .entryPastTotal(let entry, let size, let limit): entryPastTotal(entry, size, limit) + splitOrCSV
        case .partsPastTotal(let declared, let largest, let size, let limit): partsPastTotal(declared, largest, size, limit) + splitOrCSV
        case .inflate(let entry, let why): damagedEntry(entry, text(why)) + saveAgain
        case .checksum(let entry): damagedEntry(entry, checksum) + saveAgain
        }
    }

    /// Why compressed data cannot be inflated, in this language.
    func text(_ problem: Inflate.Problem) -> String {
        switch problem {
        case .reservedBlockType: reservedBlockType
        case .endsEarly: endsEarly
        case .storedBlockEndsEarly: storedBlockEndsEarly
        case .storedLengthMismatch: storedLengthMismatch
        case .tooLong(let limit): tooLong(limit)
        case .invalidCode: invalidCode
        case .lengthOutOfRange: lengthOutOfRange
        case .distanceOutOfRange: distanceOutOfRange
        case .distanceBeforeStart: distanceBeforeStart
        case .tooManyCodes: tooManyCodes
        case .repeatBeforeLength: repeatBeforeLength
        case .lengthsOverrun: lengthsOverrun
        case .noEndOfBlock: noEndOfBlock
        case .overSubscribed: overSubscribed
        }
    }

    static let english = WorkbookZipWording(
        unreadable: { "is not a readable workbook: \($0)" },
        tooShort: { "it is not a ZIP archive (\($0) \($0 == 1 ? "byte" : "bytes"), too short for one)" },
        noCentralDirectory: "it is not a ZIP archive (no central directory)",
        zip64: "it is a ZIP64 archive, which is not supported",
        zip64Entry: { "it is a ZIP64 archive (entry \($0)), which is not supported" },
        split: "it is one part of an archive split across several files",
        cutShort: "it is cut short or its directory points outside it",
        directoryEndsElsewhere: { "its directory does not end where it says (it declares \($0) entries)" },
        damagedDirectory: "its directory is damaged (an entry does not start where expected)",
        entryWithoutName: "its directory has an entry without a name",
        encrypted: { "its entry \($0) is encrypted; remove the password and save the workbook again" },
        storedSizesDiffer: { "its stored entry \($0) has two different sizes" },
        ratio: {
            "its entry \($0) claims to inflate \($1) bytes to \($2), more than \($3) times, which no spreadsheet program writes (a \"zip bomb\" or a damaged file)"
        },
        unsupportedMethod: { "its entry \($0) is compressed with method \($1), which is not supported" },
        duplicateName: { "it holds two entries named \($0)" },
        aliased: { "its entries \($0) and \($1) point at the same data, which no spreadsheet program writes (a \"zip bomb\" or a damaged file)" },
        overlapping: { "its entries \($0) and \($1) share bytes, which no spreadsheet program writes (a crafted or damaged file)" },
        entryPastTotal: { "its entry \($0) would take the parts read past \($2) inflated bytes (it declares \($1)), more than any workbook of responses needs" },
        partsPastTotal: {
            "its parts would inflate to \($0) bytes in all (the largest, \($1), to \($2)), past the limit of \($3), more than any workbook of responses needs"
        },
        damagedEntry: { "its entry \($0) is damaged (\($1))" },
        localHeaderDisagrees: "its local header does not match the directory",
        checksum: "its size or checksum does not match",
        reservedBlockType: "a compressed block has the reserved type 3",
        endsEarly: "the compressed data ends too early",
        storedBlockEndsEarly: "a stored block ends too early",
        storedLengthMismatch: "a stored block's length does not match its complement",
        tooLong: { "the data inflates to more than \($0) bytes" },
        invalidCode: "a Huffman code in the compressed data is invalid",
        lengthOutOfRange: "a length code is out of range",
        distanceOutOfRange: "a distance code is out of range",
        distanceBeforeStart: "a distance reaches before the start of the data",
        tooManyCodes: "a dynamic block declares too many codes",
        repeatBeforeLength: "a repeat code comes before any length",
        lengthsOverrun: "code lengths overrun the declared counts",
        noEndOfBlock: "the block has no end-of-block code",
        overSubscribed: "a Huffman code is over-subscribed",
        saveAsXLSX: "; save the workbook as .xlsx",
        saveUnder4GB: "; save the workbook again as .xlsx (under 4 GB)",
        saveAgain: "; save the workbook again as .xlsx from the spreadsheet program",
        splitOrCSV: "; split the workbook, or save its sheet as CSV UTF-8")

    static let dutch = WorkbookZipWording(
        unreadable: { "is geen leesbare werkmap: \($0)" },
        tooShort: { "het is geen ZIP-archief (\($0) \($0 == 1 ? "byte" : "bytes"), te kort voor een archief)" },
        noCentralDirectory: "het is geen ZIP-archief (geen centrale inhoudsopgave)",
        zip64: "het is een ZIP64-archief, dat niet ondersteund wordt",
        zip64Entry: { "het is een ZIP64-archief (bestand \($0)), dat niet ondersteund wordt" },
        split: "het is één deel van een archief dat over meerdere bestanden verdeeld is",
        cutShort: "het is afgebroken of de inhoudsopgave verwijst naar een plaats buiten het archief",
        directoryEndsElsewhere: { "de inhoudsopgave eindigt niet waar ze zegt (ze vermeldt \($0) bestanden)" },
        damagedDirectory: "de inhoudsopgave is beschadigd (een bestand begint niet waar verwacht)",
        entryWithoutName: "de inhoudsopgave bevat een bestand zonder naam",
        encrypted: { "het bestand \($0) is versleuteld; verwijder het wachtwoord en bewaar de werkmap opnieuw" },
        storedSizesDiffer: { "het ongecomprimeerde bestand \($0) heeft twee verschillende groottes" },
        ratio: {
            "het bestand \($0) beweert \($1) bytes uit te pakken tot \($2), meer dan \($3) keer zoveel, wat geen rekenbladprogramma schrijft "
                + "(een \"zip-bom\" of een beschadigd bestand)"
        },
        unsupportedMethod: { "het bestand \($0) is gecomprimeerd met methode \($1), die niet ondersteund wordt" },
        duplicateName: { "het bevat twee bestanden met de naam \($0)" },
        aliased: { "de bestanden \($0) en \($1) wijzen naar dezelfde gegevens, wat geen rekenbladprogramma schrijft (een \"zip-bom\" of een beschadigd bestand)" },
        overlapping: { "de bestanden \($0) en \($1) delen bytes, wat geen rekenbladprogramma schrijft (een gemanipuleerd of beschadigd bestand)" },
        entryPastTotal: {
            "het bestand \($0) zou de gelezen onderdelen voorbij \($2) uitgepakte bytes brengen (het vermeldt er \($1)), "
                + "meer dan een werkmap met antwoorden ooit nodig heeft"
        },
        partsPastTotal: {
            "de onderdelen zouden samen \($0) bytes uitgepakt worden (het grootste, \($1), \($2)), voorbij de grens van \($3), "
                + "meer dan een werkmap met antwoorden ooit nodig heeft"
        },
        damagedEntry: { "het bestand \($0) is beschadigd (\($1))" },
        localHeaderDisagrees: "de lokale kop komt niet overeen met de inhoudsopgave",
        checksum: "de grootte of de controlesom klopt niet",
        reservedBlockType: "een gecomprimeerd blok heeft het gereserveerde type 3",
        endsEarly: "de gecomprimeerde gegevens eindigen te vroeg",
        storedBlockEndsEarly: "een ongecomprimeerd blok eindigt te vroeg",
        storedLengthMismatch: "de lengte van een ongecomprimeerd blok klopt niet met haar complement",
        tooLong: { "de gegevens worden uitgepakt tot meer dan \($0) bytes" },
        invalidCode: "een Huffmancode in de gecomprimeerde gegevens is ongeldig",
        lengthOutOfRange: "een lengtecode valt buiten het bereik",
        distanceOutOfRange: "een afstandscode valt buiten het bereik",
        distanceBeforeStart: "een afstand reikt tot vóór het begin van de gegevens",
        tooManyCodes: "een dynamisch blok vermeldt te veel codes",
        repeatBeforeLength: "een herhalingscode komt vóór elke lengte",
        lengthsOverrun: "de codelengtes overschrijden de vermelde aantallen",
        noEndOfBlock: "het blok heeft geen code voor het einde van het blok",
        overSubscribed: "een Huffmancode is overvol",
        saveAsXLSX: "; bewaar de werkmap als .xlsx",
        saveUnder4GB: "; bewaar de werkmap opnieuw als .xlsx (kleiner dan 4 GB)",
        saveAgain: "; bewaar de werkmap opnieuw als .xlsx vanuit het rekenbladprogramma",
        splitOrCSV: "; splits de werkmap, of bewaar het werkblad als CSV UTF-8")

    static let french = WorkbookZipWording(
        unreadable: { "n’est pas un classeur lisible\u{202F}: \($0)" },
        tooShort: { "ce n’est pas une archive ZIP (\($0) \($0 < 2 ? "octet" : "octets"), trop peu pour une archive)" },
        noCentralDirectory: "ce n’est pas une archive ZIP (pas de répertoire central)",
        zip64: "c’est une archive ZIP64, qui n’est pas prise en charge",
        zip64Entry: { "c’est une archive ZIP64 (fichier \($0)), qui n’est pas prise en charge" },
        split: "c’est une partie d’une archive répartie sur plusieurs fichiers",
        cutShort: "elle est tronquée ou son répertoire renvoie hors de l’archive",
        directoryEndsElsewhere: { "son répertoire ne se termine pas où il l’indique (il annonce \($0) fichiers)" },
        damagedDirectory: "son répertoire est endommagé (un fichier ne commence pas où il le devrait)",
        entryWithoutName: "son répertoire contient un fichier sans nom",
        encrypted: { "son fichier \($0) est chiffré\u{202F}; retirez le mot de passe et enregistrez à nouveau le classeur" },
        storedSizesDiffer: { "son fichier non compressé \($0) a deux tailles différentes" },
        ratio: {
            "son fichier \($0) prétend décompresser \($1) octets en \($2), plus de \($3) fois, ce qu’aucun tableur n’écrit "
                + "(une «\u{202F}bombe zip\u{202F}» ou un fichier endommagé)"
        },
        unsupportedMethod: { "son fichier \($0) est compressé par la méthode \($1), qui n’est pas prise en charge" },
        duplicateName: { "elle contient deux fichiers nommés \($0)" },
        aliased: { "ses fichiers \($0) et \($1) renvoient aux mêmes données, ce qu’aucun tableur n’écrit (une «\u{202F}bombe zip\u{202F}» ou un fichier endommagé)" },
        overlapping: { "ses fichiers \($0) et \($1) partagent des octets, ce qu’aucun tableur n’écrit (un fichier falsifié ou endommagé)" },
        entryPastTotal: {
            "son fichier \($0) porterait les parties lues au-delà de \($2) octets décompressés (il en annonce \($1)), "
                + "plus qu’aucun classeur de réponses n’en demande"
        },
        partsPastTotal: {
            "ses parties se décompresseraient en \($0) octets au total (la plus grande, \($1), en \($2)), au-delà de la limite de \($3), "
                + "plus qu’aucun classeur de réponses n’en demande"
        },
        damagedEntry: { "son fichier \($0) est endommagé (\($1))" },
        localHeaderDisagrees: "son en-tête local ne correspond pas au répertoire",
        checksum: "sa taille ou sa somme de contrôle ne correspond pas",
        reservedBlockType: "un bloc compressé a le type réservé 3",
        endsEarly: "les données compressées se terminent trop tôt",
        storedBlockEndsEarly: "un bloc non compressé se termine trop tôt",
        storedLengthMismatch: "la longueur d’un bloc non compressé ne correspond pas à son complément",
        tooLong: { "les données se décompressent en plus de \($0) octets" },
        invalidCode: "un code de Huffman des données compressées est invalide",
        lengthOutOfRange: "un code de longueur est hors limites",
        distanceOutOfRange: "un code de distance est hors limites",
        distanceBeforeStart: "une distance remonte avant le début des données",
        tooManyCodes: "un bloc dynamique annonce trop de codes",
        repeatBeforeLength: "un code de répétition précède toute longueur",
        lengthsOverrun: "les longueurs de code dépassent les nombres annoncés",
        noEndOfBlock: "le bloc n’a pas de code de fin de bloc",
        overSubscribed: "un code de Huffman est sursouscrit",
        saveAsXLSX: "\u{202F}; enregistrez le classeur en .xlsx",
        saveUnder4GB: "\u{202F}; enregistrez à nouveau le classeur en .xlsx (moins de 4 Go)",
        saveAgain: "\u{202F}; enregistrez à nouveau le classeur en .xlsx depuis le tableur",
        splitOrCSV: "\u{202F}; divisez le classeur, ou enregistrez sa feuille en CSV UTF-8")
}
