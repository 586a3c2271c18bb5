/// The fixed words of the self-assessment sections of a municipality's report (what cost
/// points, what to do first), in one language, beside `ReportStrings`. A struct, so that a
/// missing translation does not compile.
package struct AssessmentStrings: LanguageWording {
    var whatCostPoints: String
    var question: String
    var answerGiven: String
    var pointsLost: String
    var betterAnswer: String
    var adds: String
    var costNote: String
    var toFindOut: String
    var bestAnswer: String
    var addsUpTo: String
    var toFindOutNote: String
    var nothingLost: String
    var gainNote: String
    /// "Equal gain: X and Y."
    var tiedGain: @Sendable (String) -> String
    var alreadyDone: String
    var targets: String
    var target: String
    var gap: String
    var afterChanges: String
    var met: String
    var roadmap: String
    var addsToDimension: String
    var addsToTotal: String
    var roadmapNote: String
    /// "The answers alone do not reach the target: the changes give 54.20.": (score).
    var outOfReach: @Sendable (String) -> String
    var sinceLast: String
    var before: String
    var now: String
    var change: String
    var answersChanged: String
    var noAnswerChanged: String
    // The terminal dialogue of `smartcity assess`.
    /// "Question 3 of 48 · E-services 3/14 · 10 answered".
    var progress: @Sendable (_ position: Int, _ count: Int, _ group: String, _ inGroup: Int, _ groupCount: Int, _ answered: Int) -> String
    var commands: String
    var chooseSeveral: String
    var enterNumber: String
    var currentAnswer: String
    var invalidAnswer: String
    /// `AnswerProblem.notAChoice`: (what was typed, the keys it takes).
    var notAChoice: @Sendable (_ typed: String, _ keys: String) -> String
    /// `AnswerProblem.notANumber`: (what was typed).
    var notANumber: @Sendable (_ typed: String) -> String
    /// `AnswerProblem.outOfRange`: (what was typed, the minimum, the maximum or nil).
    var outOfRange: @Sendable (_ typed: String, _ minimum: String, _ maximum: String?) -> String
    var noHelp: String
    var askID: String
    var askName: String
    package var stopped: @Sendable (String) -> String
    /// Stopped before anything was saved: no file was written.
    package var stoppedUnsaved: String
    var allAnswered: String
    /// "3 questions are not answered (they lower the coverage). ..."
    var notAllAnswered: @Sendable (Int) -> String
    var unknownQuestion: String
    /// After `unknownQuestion`, the question meant: "; did you mean ES04?" (its id).
    var didYouMean: @Sendable (String) -> String
    var saveFailed: String
    /// "The report of Kempenrode is in ... (and .html beside it).": (name, path).
    package var reportWritten: @Sendable (String, String) -> String

    package static let english = AssessmentStrings(
        whatCostPoints: "What cost points", question: "Question", answerGiven: "Answer", pointsLost: "Points lost",
        betterAnswer: "Next better answer", adds: "Adds",
        costNote: "Points of the total score each answer loses against the best answer (its share of the total × (100 − its item score)), highest first; the next better answer and what it would add to the total, rescored exactly.",
        toFindOut: "To find out", bestAnswer: "Best answer", addsUpTo: "Adds up to",
        toFindOutNote: "Questions answered \"don't know\": finding out and answering them could add this much to the total.",
        nothingLost: "No answer loses points: every answered question has its best answer.",
        gainNote: "Dimensions first where there is most to gain: the dimension's share of the total weight × (100 − its score).",
        tiedGain: { "Equal gain: \($0)." },
        alreadyDone: "Your answers show this is done already.",
        targets: "Targets", target: "Target", gap: "Gap", afterChanges: "After the changes", met: "met", roadmap: "Roadmap",
        addsToDimension: "Adds to the dimension", addsToTotal: "Adds to the total",
        roadmapNote: "The answer changes that reach each target, one at a time, each time the change that adds most to the total: a scale or option one step better, or a question not answered yet.",
        outOfReach: { "The answers alone do not reach the target: these changes give \($0)." },
        sinceLast: "Since the last assessment", before: "Before", now: "Now", change: "Change", answersChanged: "Answers that changed",
        noAnswerChanged: "No answer changed.",
        progress: { "Question \($0) of \($1) · \($2) \($3)/\($4) · \($5) answered" },
        commands: "Type a number or a code and Enter · ? help · b back · s skip · g ID go to a question · q stop (answers are kept)",
        chooseSeveral: "Choose one or more, separated by commas (e.g. 1,3).", enterNumber: "Type a number.",
        currentAnswer: "Current answer (Enter keeps it)", invalidAnswer: "Not an answer to this question",
        notAChoice: { "\"\($0)\" is not one of the choices; type one of \($1)" }, notANumber: { "\"\($0)\" is not a number" },
        outOfRange: { typed, minimum, maximum in
            "\(typed) is out of range; type a number " + (maximum.map { "from \(minimum) to \($0)" } ?? "of \(minimum) or more")
        },
        noHelp: "This question has no help text.", askID: "Municipality id (letters, digits, -)", askName: "Municipality name",
        stopped: { "Stopped. Your answers are saved in \($0); run the same command again to go on." },
        stoppedUnsaved: "Stopped before anything was saved; no file was written.",
        allAnswered: "Every question is answered. Press Enter to write the report, or b / g ID to revise an answer.",
        notAllAnswered: { "\($0) \($0 == 1 ? "question is" : "questions are") not answered (they lower the coverage). Press Enter to write the report anyway, or b / g ID to answer or revise one." },
        unknownQuestion: "No question has that id", didYouMean: { "; did you mean \($0)?" }, saveFailed: "The answers could not be saved",
        reportWritten: { "The report of \($0) is in \($1) (and the same as a web page, .html, beside it)." })

    package static let dutch = AssessmentStrings(
        whatCostPoints: "Wat punten kostte", question: "Vraag", answerGiven: "Antwoord", pointsLost: "Verloren punten",
        betterAnswer: "Volgend beter antwoord", adds: "Levert op",
        costNote: "Punten van de totaalscore die elk antwoord verliest tegenover het beste antwoord (zijn aandeel in het totaal × (100 − zijn itemscore)), hoogste eerst; het volgende betere antwoord en wat het aan het totaal zou toevoegen, exact herberekend.",
        toFindOut: "Uit te zoeken", bestAnswer: "Beste antwoord", addsUpTo: "Levert tot",
        toFindOutNote: "Vragen beantwoord met \"weet niet\": uitzoeken en beantwoorden kan zoveel aan het totaal toevoegen.",
        nothingLost: "Geen enkel antwoord verliest punten: elke beantwoorde vraag heeft haar beste antwoord.",
        gainNote: "Eerst de dimensies waar het meest te winnen valt: het aandeel van de dimensie in het totale gewicht × (100 − haar score).",
        tiedGain: { "Gelijke winst: \($0)." },
        alreadyDone: "Uw antwoorden tonen dat dit al gebeurd is.",
        targets: "Doelen", target: "Doel", gap: "Verschil", afterChanges: "Na de wijzigingen", met: "bereikt", roadmap: "Stappenplan",
        addsToDimension: "Levert de dimensie op", addsToTotal: "Levert het totaal op",
        roadmapNote: "De wijzigingen van antwoorden die elk doel bereiken, één per keer, telkens de wijziging die het meest aan het totaal toevoegt: een schaal of optie één stap beter, of een vraag die nog niet beantwoord is.",
        outOfReach: { "Met de antwoorden alleen wordt het doel niet bereikt: deze wijzigingen geven \($0)." },
        sinceLast: "Sinds de vorige zelfevaluatie", before: "Voordien", now: "Nu", change: "Verandering", answersChanged: "Gewijzigde antwoorden",
        noAnswerChanged: "Geen enkel antwoord is gewijzigd.",
        progress: { "Vraag \($0) van \($1) · \($2) \($3)/\($4) · \($5) beantwoord" },
        commands: "Typ een nummer of een code en Enter · ? uitleg · b terug · s overslaan · g ID naar een vraag · q stoppen (antwoorden blijven bewaard)",
        chooseSeveral: "Kies er een of meer, gescheiden door komma's (bv. 1,3).", enterNumber: "Typ een getal.",
        currentAnswer: "Huidig antwoord (Enter behoudt het)", invalidAnswer: "Geen antwoord op deze vraag",
        notAChoice: { "\"\($0)\" is geen van de keuzes; typ een van \($1)" }, notANumber: { "\"\($0)\" is geen getal" },
        outOfRange: { typed, minimum, maximum in
            "\(typed) valt buiten het bereik; typ een getal " + (maximum.map { "van \(minimum) tot \($0)" } ?? "van \(minimum) of meer")
        },
        noHelp: "Deze vraag heeft geen uitleg.", askID: "Id van de gemeente (letters, cijfers, -)", askName: "Naam van de gemeente",
        stopped: { "Gestopt. Uw antwoorden staan in \($0); voer hetzelfde commando opnieuw uit om verder te gaan." },
        stoppedUnsaved: "Gestopt voor er iets bewaard werd; er werd geen bestand geschreven.",
        allAnswered: "Elke vraag is beantwoord. Druk op Enter om het rapport te schrijven, of b / g ID om een antwoord te herzien.",
        notAllAnswered: { "\($0) \($0 == 1 ? "vraag is" : "vragen zijn") niet beantwoord (dat verlaagt de dekking). Druk op Enter om toch het rapport te schrijven, of b / g ID om er een te beantwoorden of te herzien." },
        unknownQuestion: "Geen vraag heeft dat id", didYouMean: { "; bedoelt u \($0)?" }, saveFailed: "De antwoorden konden niet bewaard worden",
        reportWritten: { "Het rapport van \($0) staat in \($1) (en als webpagina, .html, ernaast)." })

    package static let french = AssessmentStrings(
        whatCostPoints: "Ce qui a coûté des points", question: "Question", answerGiven: "Réponse", pointsLost: "Points perdus",
        betterAnswer: "Réponse meilleure suivante", adds: "Apporte",
        costNote: "Points du score total que chaque réponse perd par rapport à la meilleure réponse (sa part du total × (100 − son score d’item)), du plus élevé au plus bas\u{202F}; la réponse meilleure suivante et ce qu’elle ajouterait au total, recalculé exactement.",
        toFindOut: "À vérifier", bestAnswer: "Meilleure réponse", addsUpTo: "Apporte jusqu’à",
        toFindOutNote: "Questions répondues «\u{202F}ne sait pas\u{202F}»\u{202F}: vérifier et y répondre pourrait ajouter autant au total.",
        nothingLost: "Aucune réponse ne perd de points\u{202F}: chaque question répondue a sa meilleure réponse.",
        gainNote: "D’abord les dimensions où il y a le plus à gagner\u{202F}: la part de la dimension dans le poids total × (100 − son score).",
        tiedGain: { "Gain égal\u{202F}: \($0)." },
        alreadyDone: "Vos réponses montrent que c’est déjà fait.",
        targets: "Objectifs", target: "Objectif", gap: "Écart", afterChanges: "Après les changements", met: "atteint", roadmap: "Feuille de route",
        addsToDimension: "Apporte à la dimension", addsToTotal: "Apporte au total",
        roadmapNote: "Les changements de réponses qui atteignent chaque objectif, un à la fois, à chaque fois celui qui ajoute le plus au total\u{202F}: une échelle ou une option un cran meilleure, ou une question encore sans réponse.",
        outOfReach: { "Les réponses seules n’atteignent pas l’objectif\u{202F}: ces changements donnent \($0)." },
        sinceLast: "Depuis la dernière évaluation", before: "Avant", now: "Maintenant", change: "Évolution", answersChanged: "Réponses modifiées",
        noAnswerChanged: "Aucune réponse n’a changé.",
        progress: { "Question \($0) sur \($1) · \($2) \($3)/\($4) · \($5) \($5 < 2 ? "répondue" : "répondues")" },
        commands: "Tapez un numéro ou un code puis Entrée · ? aide · b retour · s passer · g ID aller à une question · q arrêter (les réponses sont gardées)",
        chooseSeveral: "Choisissez-en une ou plusieurs, séparées par des virgules (p. ex. 1,3).", enterNumber: "Tapez un nombre.",
        currentAnswer: "Réponse actuelle (Entrée la garde)", invalidAnswer: "Pas une réponse à cette question",
        notAChoice: { "«\u{202F}\($0)\u{202F}» n’est pas l’un des choix\u{202F}; tapez l’un de ceux-ci\u{202F}: \($1)" },
        notANumber: { "«\u{202F}\($0)\u{202F}» n’est pas un nombre" },
        outOfRange: { typed, minimum, maximum in
            "\(typed) est hors de l’intervalle\u{202F}; tapez un nombre " + (maximum.map { "de \(minimum) à \($0)" } ?? "de \(minimum) ou plus")
        },
        noHelp: "Cette question n’a pas d’aide.", askID: "Identifiant de la commune (lettres, chiffres, -)", askName: "Nom de la commune",
        stopped: { "Arrêté. Vos réponses sont enregistrées dans \($0)\u{202F}; relancez la même commande pour continuer." },
        stoppedUnsaved: "Arrêté avant tout enregistrement\u{202F}; aucun fichier n’a été écrit.",
        allAnswered: "Toutes les questions ont une réponse. Appuyez sur Entrée pour écrire le rapport, ou b / g ID pour revoir une réponse.",
        notAllAnswered: { "\($0) \($0 == 1 ? "question n’a" : "questions n’ont") pas de réponse (cela réduit la couverture). Appuyez sur Entrée pour écrire le rapport quand même, ou b / g ID pour répondre ou revoir." },
        unknownQuestion: "Aucune question n’a cet identifiant", didYouMean: { "\u{202F}; vouliez-vous dire \($0)\u{202F}?" }, saveFailed: "Les réponses n’ont pas pu être enregistrées",
        reportWritten: { "Le rapport de \($0) est dans \($1) (et en page web, .html, à côté)." })
}
