/// What is said about the folder reports go to, in one language: why it cannot take them, and
/// what an interrupted run left there that was removed. A struct with a value per language, so
/// that a missing translation does not compile; chosen by the run's language.
package struct OutputFolderWording: LanguageWording {
    /// Why the system refused a file, in the same language.
    var system: FileSystemWording
    /// The folder named is an empty path.
    var emptyName: String
    /// The folder is a file.
    var isAFile: String
    /// The folder is a symbolic link to nothing.
    var danglingLink: String
    /// The path names no folder of its own (`/`, `.`, `..`).
    var namesNoFolder: String
    /// Reports are there and `--force` is not given: (how many more report files than the one named).
    var alreadyExists: @Sendable (_ more: Int) -> String
    /// Another run holds the folder's lock.
    var busy: String
    /// The folder or its lock cannot be written: (the system's reason).
    var cannotBeWritten: @Sendable (_ reason: String) -> String
    /// What an interrupted run left beside or in the folder was removed: (its process id).
    var leftBehindRemoved: @Sendable (_ processID: Int32) -> String
    /// The reports cannot be written, for no reason the system gave.
    var reportsCannotBeWritten: String
    /// The end of an error in writing the reports: the previous ones stay.
    var noReportChanged: String

    package static let english = OutputFolderWording(
        system: .english,
        emptyName: "the output folder is empty; name a folder with --out, or leave --out out for Reports/<questionnaire-id>/",
        isAFile: "is a file, not a folder; name a folder for the reports with --out",
        danglingLink: "is a symbolic link to a folder that does not exist; create the folder it points to, or name another with --out",
        namesNoFolder: "cannot hold reports (it names no folder of its own); name a folder for the reports with --out",
        alreadyExists: { more in
            "already exists\(more > 0 ? " and \(more) more report files" : ""); nothing was written. Use --force to overwrite, or --out to write elsewhere"
        },
        busy: "another smartcity run is writing reports here; wait for it to finish or choose another --out",
        cannotBeWritten: { "cannot be written: \($0); choose another --out" },
        leftBehindRemoved: { "removed what an interrupted run (process \($0)) left behind" },
        reportsCannotBeWritten: "reports cannot be written; check that the folder can be written and its disk has space, then run again",
        noReportChanged: "; no report was changed")

    package static let dutch = OutputFolderWording(
        system: .dutch,
        emptyName: "de uitvoermap is leeg; noem een map met --out, of laat --out weg voor Reports/<vragenlijst-id>/",
        isAFile: "is een bestand, geen map; noem een map voor de rapporten met --out",
        danglingLink: "is een symbolische koppeling naar een map die niet bestaat; maak de map waarnaar ze wijst, of noem een andere met --out",
        namesNoFolder: "kan geen rapporten bevatten (het noemt geen eigen map); noem een map voor de rapporten met --out",
        alreadyExists: { more in
            "bestaat al\(more > 0 ? ", met nog \(more) \(more == 1 ? "rapportbestand" : "rapportbestanden")" : ""); er werd niets geschreven. Gebruik --force om te overschrijven, of --out om elders te schrijven"
        },
        busy: "een andere uitvoering van smartcity schrijft hier rapporten; wacht tot die klaar is of kies een andere --out",
        cannotBeWritten: { "kan niet geschreven worden: \($0); kies een andere --out" },
        leftBehindRemoved: { "opgeruimd wat een onderbroken uitvoering (proces \($0)) achterliet" },
        reportsCannotBeWritten: "de rapporten kunnen niet geschreven worden; controleer dat de map beschrijfbaar is en de schijf ruimte heeft, en voer het commando opnieuw uit",
        noReportChanged: "; geen enkel rapport werd gewijzigd")

    package static let french = OutputFolderWording(
        system: .french,
        emptyName: "le dossier de sortie est vide\u{202F}; nommez un dossier avec --out, ou omettez --out pour Reports/<id-du-questionnaire>/",
        isAFile: "est un fichier, pas un dossier\u{202F}; nommez un dossier pour les rapports avec --out",
        danglingLink: "est un lien symbolique vers un dossier qui n’existe pas\u{202F}; créez le dossier vers lequel il pointe, ou nommez-en un autre avec --out",
        namesNoFolder: "ne peut pas contenir de rapports (il ne nomme aucun dossier propre)\u{202F}; nommez un dossier pour les rapports avec --out",
        alreadyExists: { more in
            "existe déjà\(more > 0 ? ", avec \(more) \(more == 1 ? "autre fichier" : "autres fichiers") de rapport" : "")\u{202F}; rien n’a été écrit. Utilisez --force pour écraser, ou --out pour écrire ailleurs"
        },
        busy: "une autre exécution de smartcity écrit des rapports ici\u{202F}; attendez qu’elle se termine ou choisissez un autre --out",
        cannotBeWritten: { "ne peut pas être écrit\u{202F}: \($0)\u{202F}; choisissez un autre --out" },
        leftBehindRemoved: { "supprimé ce qu’une exécution interrompue (processus \($0)) avait laissé" },
        reportsCannotBeWritten: "les rapports ne peuvent pas être écrits\u{202F}; vérifiez que le dossier est accessible en écriture et que son disque a de la place, puis relancez la commande",
        noReportChanged: "\u{202F}; aucun rapport n’a été modifié")
}
