/// What `assess --help` says, in every language, for the municipality's staff who answer in
/// their language: the abstract, the discussion, and the help of every argument and option
/// `assess` declares. English is what the declarations themselves say (the shared ones' as every
/// command says them). A struct with a value per language, so that a missing text does not compile.
package struct AssessHelpWording: LanguageWording {
    package var abstract: String
    package var discussion: String
    package var questionnaire: String
    package var answers: String
    package var startFrom: String
    package var id: String
    package var name: String
    package var out: String
    package var force: String
    package var previous: String
    package var targets: String
    package var language: String
    package var color: String

    package static let english = AssessHelpWording(
        abstract: "Assess your municipality: answer the questionnaire in the terminal and get its report.",
        discussion: """
            Shows each question with its answer choices, numbered (scale points by their value, don't know and not
            applicable by their code). Type a number or a code and Enter; ? shows the question's help, b goes
            back, s skips, g ID goes to a question, q stops. Every answer is saved at once in the answers file
            (default: Reports/<questionnaire-id>/assess/answers.csv, a responses file of one row), so nothing is lost
            when you stop or the terminal closes; run the same command again to go on from the first unanswered
            question. Nothing is written until something is typed. An answers file that holds other respondents
            or columns is never rewritten: start from it with --start-from FILE --id ID and save to a new --answers
            file (a workbook given as --answers is read that way too). After the last question, Enter writes the
            report (summary.md and municipalities/<id>.md, both also as .html, and the one-page council summary
            municipalities/<id>.council.html) into a folder of its own,
            Reports/<questionnaire-id>/assess/<id>/, replacing the previous assessment's report there; with --out DIR,
            existing reports in DIR are kept unless --force is given. Answers can also be piped on standard input,
            one per line. Exit status: 0 success (also when stopped), 1 invalid input (also a row error in the
            answers, --previous or --targets file; the report is still written), 64 usage error.
            """,
        questionnaire: "The questionnaire file (JSON).",
        answers: "The answers file to resume and save to: a CSV of one municipality (default: Reports/<questionnaire-id>/assess/answers.csv).",
        startFrom: "A responses file or filled-in .xlsx template to start a new answers file from: the answers of --id (or of its only respondent) are taken over; it is never written.",
        id: "The municipality's id (asked when the answers file does not exist).",
        name: "The municipality's name (asked when the answers file does not exist).",
        out: "The report folder (default: Reports/<questionnaire-id>/assess/<id>/); existing reports are kept unless --force is given.",
        force: "Overwrite the files of an existing report set (all are replaced at once).",
        previous: "The previous assessment's answers: the report shows what changed since.",
        targets: "Targets per dimension (JSON, as score --targets takes them) or target answers (a responses file with this municipality's id): the report shows the gaps and a roadmap.",
        language: "Language of the texts: nl, fr or en, also as nl-BE or nl_BE.UTF-8 (default: LC_ALL, LC_MESSAGES or LANG, else the questionnaire's default language).",
        color: "Colour diagnostics on stderr.")

    package static let dutch = AssessHelpWording(
        abstract: "Beoordeel uw gemeente: beantwoord de vragenlijst in de terminal en krijg het rapport.",
        discussion: """
            Toont elke vraag met haar antwoordkeuzes, genummerd (schaalpunten met hun waarde, weet niet en niet van
            toepassing met hun code). Typ een nummer of een code en Enter; ? toont de uitleg bij de vraag, b gaat
            terug, s slaat over, g ID gaat naar een vraag, q stopt. Elk antwoord wordt meteen bewaard in het
            antwoordbestand (standaard: Reports/<questionnaire-id>/assess/answers.csv, een antwoordbestand van één
            rij), zodat niets verloren gaat als u stopt of de terminal sluit; voer hetzelfde commando opnieuw uit om
            verder te gaan vanaf de eerste onbeantwoorde vraag. Er wordt niets geschreven voor er iets getypt is. Een
            antwoordbestand met andere respondenten of kolommen wordt nooit herschreven: begin ervan met
            --start-from FILE --id ID en bewaar in een nieuw --answers-bestand (een werkmap als --answers wordt ook zo
            gelezen). Na de laatste vraag schrijft Enter het rapport (summary.md en municipalities/<id>.md, beide ook
            als .html, en de samenvatting op één blad voor de gemeenteraad, municipalities/<id>.council.html) in een
            eigen map, Reports/<questionnaire-id>/assess/<id>/, in de plaats van het rapport van de vorige
            beoordeling daar; met --out DIR blijven bestaande rapporten in DIR bewaard, tenzij --force gegeven is.
            Antwoorden kunnen ook via de standaardinvoer komen, één per regel. Afsluitstatus: 0 gelukt (ook na
            stoppen), 1 ongeldige invoer (ook een rijfout in het antwoordbestand of in het bestand van --previous of
            --targets; het rapport wordt toch geschreven), 64 gebruiksfout.
            """,
        questionnaire: "Het bestand van de vragenlijst (JSON).",
        answers: "Het antwoordbestand om verder te gaan en in te bewaren: een CSV van één gemeente (standaard: Reports/<questionnaire-id>/assess/answers.csv).",
        startFrom: "Een antwoordbestand of ingevuld .xlsx-sjabloon om een nieuw antwoordbestand mee te beginnen: de antwoorden van --id (of van de enige respondent) worden overgenomen; het wordt nooit gewijzigd.",
        id: "De id van de gemeente (gevraagd als het antwoordbestand niet bestaat).",
        name: "De naam van de gemeente (gevraagd als het antwoordbestand niet bestaat).",
        out: "De rapportmap (standaard: Reports/<questionnaire-id>/assess/<id>/); bestaande rapporten blijven bewaard, tenzij --force gegeven is.",
        force: "Overschrijf de bestanden van een bestaande rapportenset (alle worden samen vervangen).",
        previous: "De antwoorden van de vorige beoordeling: het rapport toont wat sindsdien veranderd is.",
        targets: "Doelen per dimensie (JSON, zoals score --targets ze neemt) of doelantwoorden (een antwoordbestand met de id van deze gemeente): het rapport toont de afstand tot de doelen en een stappenplan.",
        language: "Taal van de teksten: nl, fr of en, ook als nl-BE of nl_BE.UTF-8 (standaard: LC_ALL, LC_MESSAGES of LANG, anders de standaardtaal van de vragenlijst).",
        color: "Kleur voor de meldingen op stderr.")

    package static let french = AssessHelpWording(
        abstract: "Évaluez votre commune\u{202F}: répondez au questionnaire dans le terminal et obtenez son rapport.",
        discussion: """
            Affiche chaque question avec ses choix de réponse, numérotés (les points de l’échelle par leur valeur, ne
            sait pas et sans objet par leur code). Tapez un numéro ou un code puis Entrée\u{202F}; ? affiche l’aide de la
            question, b revient en arrière, s passe, g ID va à une question, q arrête. Chaque réponse est aussitôt
            enregistrée dans le fichier de réponses (par défaut\u{202F}: Reports/<questionnaire-id>/assess/answers.csv, un
            fichier de réponses d’une ligne), si bien que rien n’est perdu si vous arrêtez ou si le terminal se ferme\u{202F};
            relancez la même commande pour reprendre à la première question sans réponse. Rien n’est écrit avant que
            quelque chose soit tapé. Un fichier de réponses qui contient d’autres répondants ou colonnes n’est jamais
            réécrit\u{202F}: partez-en avec --start-from FILE --id ID et enregistrez dans un nouveau fichier --answers (un
            classeur donné comme --answers est lu de la même façon). Après la dernière question, Entrée écrit le
            rapport (summary.md et municipalities/<id>.md, tous deux aussi en .html, et la synthèse d’une page pour le
            conseil, municipalities/<id>.council.html) dans un dossier à lui,
            Reports/<questionnaire-id>/assess/<id>/, à la place du rapport de l’évaluation précédente\u{202F}; avec
            --out DIR, les rapports existants dans DIR sont gardés, sauf si --force est donné. Les réponses peuvent
            aussi venir de l’entrée standard, une par ligne. Code de sortie\u{202F}: 0 succès (aussi après un arrêt),
            1 entrée invalide (aussi une erreur de ligne dans le fichier de réponses ou dans celui de --previous ou de
            --targets\u{202F}; le rapport est tout de même écrit), 64 erreur d’utilisation.
            """,
        questionnaire: "Le fichier du questionnaire (JSON).",
        answers: "Le fichier de réponses à reprendre et où enregistrer\u{202F}: un CSV d’une commune (par défaut\u{202F}: Reports/<questionnaire-id>/assess/answers.csv).",
        startFrom: "Un fichier de réponses ou un modèle .xlsx rempli d’où partir pour un nouveau fichier de réponses\u{202F}: les réponses de --id (ou de son seul répondant) sont reprises\u{202F}; il n’est jamais écrit.",
        id: "L’identifiant de la commune (demandé si le fichier de réponses n’existe pas).",
        name: "Le nom de la commune (demandé si le fichier de réponses n’existe pas).",
        out: "Le dossier du rapport (par défaut\u{202F}: Reports/<questionnaire-id>/assess/<id>/)\u{202F}; les rapports existants sont gardés, sauf si --force est donné.",
        force: "Écrase les fichiers d’un ensemble de rapports existant (tous sont remplacés à la fois).",
        previous: "Les réponses de l’évaluation précédente\u{202F}: le rapport montre ce qui a changé depuis.",
        targets: "Des objectifs par dimension (JSON, comme score --targets les prend) ou des réponses visées (un fichier de réponses avec l’identifiant de cette commune)\u{202F}: le rapport montre les écarts et une feuille de route.",
        language: "Langue des textes\u{202F}: nl, fr ou en, aussi sous la forme nl-BE ou nl_BE.UTF-8 (par défaut\u{202F}: LC_ALL, LC_MESSAGES ou LANG, sinon la langue par défaut du questionnaire).",
        color: "Colore les messages sur stderr.")
}
