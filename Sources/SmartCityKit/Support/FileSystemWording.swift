/// What the system says about a file it refused, in one language: what could not be done (`cannot
/// be written`) and why (`Permission denied`, `toegang geweigerd`, `permission refusée`). Every
/// reason and action is a `switch` per language, so that a missing translation does not compile; a
/// reason without wording of its own is its number and symbolic name (`fout 95 (EOPNOTSUPP)`).
/// Chosen by the run's language, and carried by the wording of what reads or writes files.
package struct FileSystemWording: Sendable, LanguageWording {
    /// Why the system refused.
    var reason: @Sendable (SystemReason) -> String
    /// What could not be done.
    var action: @Sendable (POSIXFile.Action) -> String
    /// Between the action and the reason (`: `, French `\u{202F}: `).
    var colon: String
    /// An input file (a questionnaire, targets or mapping file) that is not there.
    var missingInput: String
    /// An input file that is a folder.
    var folderAsInput: String
    /// An input file that cannot be read.
    var unreadableInput: String

    /// A failure as `action: reason`.
    func message(_ failure: POSIXFile.Failure) -> String { action(failure.action) + colon + reason(failure.cause) }

    /// A failure located at its path.
    func diagnostic(_ failure: POSIXFile.Failure) -> Diagnostic { .error(SourceLocation(file: failure.path), message(failure)) }

    package static let english = FileSystemWording(
        reason: englishReason, action: englishAction, colon: ": ",
        missingInput: "no such file; check the path", folderAsInput: "is a folder, not a file", unreadableInput: "cannot be read; check its permissions")
    package static let dutch = FileSystemWording(
        reason: dutchReason, action: dutchAction, colon: ": ",
        missingInput: "bestand bestaat niet; controleer het pad", folderAsInput: "is een map, geen bestand",
        unreadableInput: "kan niet gelezen worden; controleer de toegangsrechten")
    package static let french = FileSystemWording(
        reason: frenchReason, action: frenchAction, colon: "\u{202F}: ",
        missingInput: "fichier inexistant\u{202F}; vérifiez le chemin", folderAsInput: "est un dossier, pas un fichier",
        unreadableInput: "ne peut pas être lu\u{202F}; vérifiez ses permissions")

    /// The system's own texts, as before there was wording in other languages; any other reason as
    /// the system says it.
    private static func englishReason(_ reason: SystemReason) -> String {
        switch reason {
        case .noSuchFile: "No such file or directory"
        case .permissionDenied: "Permission denied"
        case .notPermitted: "Operation not permitted"
        case .readOnlyFileSystem: "Read-only file system"
        case .noSpace: "No space left on device"
        case .quotaExceeded: "Disk quota exceeded"
        case .isAFolder: "Is a directory"
        case .notAFolder: "Not a directory"
        case .alreadyExists: "File exists"
        case .nameTooLong: "File name too long"
        case .tooManyLinks: "Too many levels of symbolic links"
        case .tooManyOpenFiles: "Too many open files"
        case .tooManyOpenFilesInSystem: "Too many open files in system"
        case .inputOutput: "Input/output error"
        case .busy: "Device or resource busy"
        case .textBusy: "Text file busy"
        case .acrossFileSystems: "Invalid cross-device link"
        case .folderNotEmpty: "Directory not empty"
        case .fileTooLarge: "File too large"
        case .brokenPipe: "Broken pipe"
        case .noMemory: "Cannot allocate memory"
        case .other: reason.systemText
        }
    }

    private static func dutchReason(_ reason: SystemReason) -> String {
        switch reason {
        case .noSuchFile: "bestand of map bestaat niet"
        case .permissionDenied: "toegang geweigerd"
        case .notPermitted: "bewerking niet toegestaan"
        case .readOnlyFileSystem: "het bestandssysteem is alleen-lezen"
        case .noSpace: "geen ruimte meer op het apparaat"
        case .quotaExceeded: "schijfquotum overschreden"
        case .isAFolder: "het is een map"
        case .notAFolder: "het is geen map"
        case .alreadyExists: "het bestand bestaat al"
        case .nameTooLong: "de bestandsnaam is te lang"
        case .tooManyLinks: "te veel niveaus van symbolische koppelingen (een lus?)"
        case .tooManyOpenFiles: "te veel open bestanden in dit proces"
        case .tooManyOpenFilesInSystem: "te veel open bestanden in het systeem"
        case .inputOutput: "invoer-/uitvoerfout van het apparaat"
        case .busy: "apparaat of bron is bezet"
        case .textBusy: "het bestand is in gebruik"
        case .acrossFileSystems: "verplaatsen tussen verschillende bestandssystemen kan niet"
        case .folderNotEmpty: "de map is niet leeg"
        case .fileTooLarge: "het bestand is te groot"
        case .brokenPipe: "de ontvanger is gesloten (verbroken pijp)"
        case .noMemory: "onvoldoende geheugen"
        case .other(let number): "fout \(number) (\(reason.symbolicName))"
        }
    }

    private static func frenchReason(_ reason: SystemReason) -> String {
        switch reason {
        case .noSuchFile: "fichier ou dossier inexistant"
        case .permissionDenied: "permission refusée"
        case .notPermitted: "opération non permise"
        case .readOnlyFileSystem: "système de fichiers en lecture seule"
        case .noSpace: "plus d’espace disponible sur le périphérique"
        case .quotaExceeded: "quota de disque dépassé"
        case .isAFolder: "c’est un dossier"
        case .notAFolder: "ce n’est pas un dossier"
        case .alreadyExists: "le fichier existe déjà"
        case .nameTooLong: "nom de fichier trop long"
        case .tooManyLinks: "trop de niveaux de liens symboliques (une boucle\u{202F}?)"
        case .tooManyOpenFiles: "trop de fichiers ouverts dans ce processus"
        case .tooManyOpenFilesInSystem: "trop de fichiers ouverts dans le système"
        case .inputOutput: "erreur d’entrée/sortie du périphérique"
        case .busy: "périphérique ou ressource occupé"
        case .textBusy: "fichier en cours d’utilisation"
        case .acrossFileSystems: "déplacement impossible entre systèmes de fichiers différents"
        case .folderNotEmpty: "dossier non vide"
        case .fileTooLarge: "fichier trop volumineux"
        case .brokenPipe: "le destinataire est fermé (tube rompu)"
        case .noMemory: "mémoire insuffisante"
        case .other(let number): "erreur \(number) (\(reason.symbolicName))"
        }
    }

    private static func englishAction(_ action: POSIXFile.Action) -> String {
        switch action {
        case .write: "cannot be written"
        case .create: "cannot be created"
        case .createFolder: "cannot be created as a folder"
        case .replace: "cannot be replaced"
        case .fileInTheWay: "is a file, not a folder"
        case .readTemporary: "cannot read a temporary file"
        case .readBackTemporary: "cannot read back a temporary file"
        case .temporaryCutShort: "a temporary file was cut short"
        }
    }

    private static func dutchAction(_ action: POSIXFile.Action) -> String {
        switch action {
        case .write: "kan niet geschreven worden"
        case .create: "kan niet aangemaakt worden"
        case .createFolder: "kan niet als map aangemaakt worden"
        case .replace: "kan niet vervangen worden"
        case .fileInTheWay: "is een bestand, geen map"
        case .readTemporary: "een tijdelijk bestand kan niet gelezen worden"
        case .readBackTemporary: "een tijdelijk bestand kan niet teruggelezen worden"
        case .temporaryCutShort: "een tijdelijk bestand werd afgekapt"
        }
    }

    private static func frenchAction(_ action: POSIXFile.Action) -> String {
        switch action {
        case .write: "ne peut pas être écrit"
        case .create: "ne peut pas être créé"
        case .createFolder: "ne peut pas être créé comme dossier"
        case .replace: "ne peut pas être remplacé"
        case .fileInTheWay: "est un fichier, pas un dossier"
        case .readTemporary: "un fichier temporaire ne peut pas être lu"
        case .readBackTemporary: "un fichier temporaire ne peut pas être relu"
        case .temporaryCutShort: "un fichier temporaire a été tronqué"
        }
    }
}
