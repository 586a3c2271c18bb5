/// What is said about a single file a run writes (`TextOutput`: the answers file of `assess`, an
/// `--output` file) when it cannot take the text, in one language, with the system's reason in
/// the same language. A struct with a value per language, so that a missing translation does not
/// compile; chosen by the run's language.
package struct OutputFileWording: Sendable, LanguageWording {
    /// Why the system refused, in the same language.
    var system: FileSystemWording
    /// The file named is an empty path.
    var emptyName: String
    /// The path is a folder.
    var isAFolder: String
    /// The path is a symbolic link in a loop.
    var linkLoop: String
    /// A FIFO or device that cannot be opened: (the system's reason).
    var cannotBeOpened: @Sendable (_ reason: String) -> String
    /// A file that exists, without `--force`.
    var alreadyExists: String
    /// The temporary file beside it cannot be made: (what the system said).
    var cannotBeCreated: @Sendable (_ failure: String) -> String
    /// Standard output cannot be written: (the system's reason).
    var standardOutputFailed: @Sendable (_ reason: String) -> String
    /// The end of an error after part of the text was written in place, and after nothing was changed.
    var incomplete: String
    var notChanged: String
    /// The finished file cannot be put in place: (the system's reason).
    var cannotBeWritten: @Sendable (_ reason: String) -> String
    /// The fix when the file named with an option cannot be written: (the option, `--answers`).
    var chooseAnother: @Sendable (_ option: String) -> String

    package static let english = OutputFileWording(
        system: .english,
        emptyName: "the output file name is empty; name a file, or leave the option out for standard output",
        isAFolder: "is a folder; name a file",
        linkLoop: "is a symbolic link that leads nowhere (a loop); name another file",
        cannotBeOpened: { "cannot be opened for writing: \($0); name another file" },
        alreadyExists: "already exists; use --force to overwrite it",
        cannotBeCreated: { "cannot be written (\($0)); check that its folder exists and is writable" },
        standardOutputFailed: { "cannot write to standard output: \($0); the output is incomplete" },
        incomplete: "; the output is incomplete",
        notChanged: "; the file was not changed",
        cannotBeWritten: { "cannot be written: \($0)" },
        chooseAnother: { "; choose another \($0)" })

    package static let dutch = OutputFileWording(
        system: .dutch,
        emptyName: "de naam van het uitvoerbestand is leeg; noem een bestand, of laat de optie weg voor de standaarduitvoer",
        isAFolder: "is een map; noem een bestand",
        linkLoop: "is een symbolische koppeling die nergens heen leidt (een lus); noem een ander bestand",
        cannotBeOpened: { "kan niet geopend worden om te schrijven: \($0); noem een ander bestand" },
        alreadyExists: "bestaat al; gebruik --force om het te overschrijven",
        cannotBeCreated: { "kan niet geschreven worden (\($0)); controleer of de map bestaat en beschrijfbaar is" },
        standardOutputFailed: { "de standaarduitvoer kan niet geschreven worden: \($0); de uitvoer is onvolledig" },
        incomplete: "; de uitvoer is onvolledig",
        notChanged: "; het bestand werd niet gewijzigd",
        cannotBeWritten: { "kan niet geschreven worden: \($0)" },
        chooseAnother: { "; kies een andere \($0)" })

    package static let french = OutputFileWording(
        system: .french,
        emptyName: "le nom du fichier de sortie est vide\u{202F}; nommez un fichier, ou omettez l’option pour la sortie standard",
        isAFolder: "est un dossier\u{202F}; nommez un fichier",
        linkLoop: "est un lien symbolique qui ne mène nulle part (une boucle)\u{202F}; nommez un autre fichier",
        cannotBeOpened: { "ne peut pas être ouvert en écriture\u{202F}: \($0)\u{202F}; nommez un autre fichier" },
        alreadyExists: "existe déjà\u{202F}; utilisez --force pour l’écraser",
        cannotBeCreated: { "ne peut pas être écrit (\($0))\u{202F}; vérifiez que son dossier existe et est accessible en écriture" },
        standardOutputFailed: { "la sortie standard ne peut pas être écrite\u{202F}: \($0)\u{202F}; la sortie est incomplète" },
        incomplete: "\u{202F}; la sortie est incomplète",
        notChanged: "\u{202F}; le fichier n’a pas été modifié",
        cannotBeWritten: { "ne peut pas être écrit\u{202F}: \($0)" },
        chooseAnother: { "\u{202F}; choisissez un autre \($0)" })
}
