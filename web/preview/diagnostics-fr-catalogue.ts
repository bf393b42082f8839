/**
 * The checker's messages in French: one entry per English template of the engine (msg`…` in engine/),
 * with the same numbered values. `{0:path}` translates a place in the file (node "x".ask…), `{0:a-type}`
 * and `{0:types}` a kind of value, `{0:spaces}` and `{0:items}` a count with its noun ("1 espace", "2 éléments").
 * tests/web/diagnostics-fr.test.ts fails when a template has no entry.
 */

/** English template → French template (plain spaces: French spacing is added when the catalogue is read). */
export const DIAGNOSTICS_FR: Record<string, string> = {
  '"{0}" is not a number': '« {0} » n’est pas un nombre',
  'this string has no closing quote': 'ce texte entre guillemets n’a pas de guillemet fermant',
  'write "{0}", not "{1}": the "=" comes second': 'écrivez « {0} », pas « {1} » : le « = » vient en second',
  'use "==" to compare, not "="': 'pour comparer, écrivez « == », pas « = »',
  'use "not" to negate, or "!=" to compare': 'écrivez « not » pour une négation, ou « != » pour comparer',
  'use "{0}" instead of "{1}"': 'écrivez « {0} » au lieu de « {1} »',
  'unexpected character "{0}"': 'caractère inattendu « {0} »',
  'unexpected "{0}" after a complete condition (missing "and" / "or"?)':
    '« {0} » inattendu après une condition complète (manque-t-il « and » ou « or » ?)',
  'this condition is nested too deeply': 'cette condition a trop de niveaux de parenthèses',
  'comparisons cannot be chained: use "and"': 'les comparaisons ne s’enchaînent pas : utilisez « and »',
  'missing ")"': 'il manque « ) »',
  '{0} needs an id in parentheses, e.g. {1}(some_id)':
    '{0} attend un identifiant entre parenthèses, par exemple {1}(un_id)',
  '{0}() needs an id': '{0}() attend un identifiant',
  '"{0}" cannot stand here': '« {0} » ne peut pas se trouver ici',
  'unknown function "{0}" (use matched, chose or visited)':
    'fonction inconnue « {0} » (utilisez matched, chose ou visited)',
  'the condition ends too early': 'la condition s’arrête trop tôt',
  'unexpected "{0}"': '« {0} » inattendu',
  'this condition is longer than {0} characters': 'cette condition dépasse {0} caractères',
  'the condition is empty': 'la condition est vide',
  'this condition could not be read': 'cette condition n’a pas pu être lue',
  'unknown variable "{0}" (declare it under `state`)': 'variable inconnue « {0} » (déclarez-la sous `state`)',
  criterion: 'critère',
  option: 'option',
  node: 'nœud',
  'an option, not a criterion: use chose({0})': 'une option, pas un critère : utilisez chose({0})',
  'a criterion, not an option: use matched({0})': 'un critère, pas une option : utilisez matched({0})',
  '{0}({1}): "{2}" is {3}': '{0}({1}) : « {2} » est {3}',
  '{0}({1}): there is no {2} "{3}"': '{0}({1}) : il n’y a pas de {2} « {3} »',
  '"{0}" compares a {1} with a {2}': '« {0} » compare {1:a-type} avec {2:a-type}',
  '"{0}" needs numbers, not {1}s': '« {0} » compare des nombres, pas {1:types}',
  ' (as {0})': ' (sous la forme {0})',
  '': '',
  'the phrase {0}{1} matches {2}': 'la phrase {0}{1} reconnaît {2}',
  '{0}, and {1}': '{0}, et {1}',
  'concept "{0}"': 'le concept « {0} »',
  'criterion "{0}" ({1}{2})': 'le critère « {0} » ({1}{2})',
  'this "no" example matches {0}: {1}': 'cet exemple « no » est reconnu par {0} : {1}',
  'make that phrase more specific (the words around it, its negation), or move the example to "yes"':
    'rendez cette phrase plus précise (les mots autour, sa négation), ou déplacez l’exemple dans « yes »',
  ' (no phrase of its {0} is in it)': ' (aucune phrase de sa {0} n’y figure)',
  ': nothing in the prompt matches it': ' : rien dans cette question ne le reconnaît',
  ': none of its phrases is in it': ' : aucune de ses phrases n’y figure',
  ': {0} matches it instead ({1})': ' : {0} le reconnaît à la place ({1})',
  'this "yes" example does not match {0}{1}{2}': 'cet exemple « yes » n’est pas reconnu par {0}{1}{2}',
  'add a phrase with the words this answer uses (check the negation of its clause), or move it to "no"':
    'ajoutez une phrase avec les mots de cette réponse (vérifiez la négation de sa proposition), ou déplacez-la dans « no »',
  'list {0}': 'liste {0}',
  '{0}, {1}': '{0}, {1}',
  '{0} needs exactly one of "text" or "choice"': '{0:path} doit avoir exactement un de « text » ou « choice »',
  'the answers file must be a YAML list of answers, e.g. ["Bonjour", refuse], not {0}':
    'le fichier de réponses doit être une liste YAML de réponses, par exemple ["Bonjour", refuse], pas {0}',
  'the checker failed on this file: {0}': 'le vérificateur a échoué sur ce fichier : {0}',
  'unknown key "{0}" in {1} (a line is {who, text, when} or the shorthand {character: text})':
    'clé inconnue « {0} » dans {1:path} (une réplique s’écrit {who, text, when} ou en abrégé {personnage: texte})',
  '{0} is missing the required key "who"': 'il manque la clé obligatoire « who » dans {0:path}',
  '{0} is missing the required key "text"': 'il manque la clé obligatoire « text » dans {0:path}',
  '{0} names {1} speakers ({2}); a line has one': '{0:path} nomme {1} personnages ({2}) ; une réplique n’en a qu’un',
  '{0} has no speaker': '{0:path} n’a pas de personnage',
  'write { character_id: "text" } or { who: character_id, text: "…" }':
    'écrivez { id_du_personnage: "texte" } ou { who: id_du_personnage, text: "…" }',
  'an option': 'une option',
  'a criterion': 'un critère',
  '{0} id "{1}" is already used by {2} at line {3}; ids are unique across the scenario':
    'l’identifiant de {0} « {1} » est déjà pris par {2} à la ligne {3} ; un identifiant est unique dans tout le scénario',
  '{0} id "{1}" is already used by {2}; ids are unique across the scenario':
    'l’identifiant de {0} « {1} » est déjà pris par {2} ; un identifiant est unique dans tout le scénario',
  '{0} has both "match" and "all"; use one': '{0:path} a à la fois « match » et « all » ; gardez-en un seul',
  '{0} needs "match" (a list of phrases) or "all" (a list of phrase lists)':
    '{0:path} doit avoir « match » (une liste de phrases) ou « all » (une liste de listes de phrases)',
  '{0} has a "competency" but no "points" (they go together)':
    '{0:path} a une « competency » mais pas de « points » (les deux vont ensemble)',
  '{0} has "points" but no "competency" (they go together)':
    '{0:path} a des « points » mais pas de « competency » (les deux vont ensemble)',
  '{0} must hold exactly one of "free" or "choice"': '{0:path} doit contenir exactement un de « free » ou « choice »',
  '{0} is an end ("end: …") and cannot also have "{1}"':
    '{0:path} est une fin (« end: … ») et ne peut pas avoir aussi « {1} »',
  '{0} has no way out: give it "ask", "goto" or "next", or make it an end with "end: outcome"':
    '{0:path} n’a pas de sortie : donnez-lui « ask », « goto » ou « next », ou faites-en une fin avec « end: issue »',
  '{0} has both "{1}" and "{2}"; a node has exactly one of ask, goto, next':
    '{0:path} a à la fois « {1} » et « {2} » ; un nœud a exactement un de ask, goto, next',
  'after a prompt, routes go under ask.free.next or on each option':
    'après une question, les chemins vont sous ask.free.next ou sur chaque option',
  '{0} has "drill: true" but no question ("ask") to drill':
    '{0:path} a « drill: true » mais pas de question (« ask ») à travailler',
  '{0}: {1}': '{0:path} : {1}',
  'in "{0}"': 'dans « {0} »',
  '{0}.{1} must be a number, true/false, text, or "+N" / "-N"':
    '{0:path}.{1} doit être un nombre, true/false, du texte, ou "+N" / "-N"',
  '{0} must be a list of routes like "- goto: node"': '{0:path} doit être une liste de chemins comme « - goto: nœud »',
  '{0} needs at least one route': '{0:path} doit avoir au moins un chemin',
  'the last route of {0} has a "when": when it does not hold, the session has nowhere to go':
    'le dernier chemin de {0:path} a un « when » : quand il n’est pas vrai, la partie n’a nulle part où aller',
  'add a last route with only "goto"': 'ajoutez un dernier chemin avec seulement « goto »',
  '{0} must be one of {1}, not "{2}"': '{0:path} doit être l’une des valeurs {1}, pas « {2} »',
  '"{0}" cannot be a character id (reserved: {1})':
    '« {0} » ne peut pas être l’identifiant d’un personnage (réservés : {1})',
  'characters needs at least one character': 'characters doit avoir au moins un personnage',
  'competency "{0}".weight must be above 0, not {1}': 'compétence « {0} ».weight doit être supérieur à 0, pas {1}',
  'competencies needs at least one competency': 'competencies doit avoir au moins une compétence',
  'state variable "{0}" needs an initial value (a number, true/false or text), not {1}':
    'la variable d’état « {0} » doit avoir une valeur initiale (un nombre, true/false ou du texte), pas {1}',
  'format must be 1 (this is format version 1 of Rehearse), not {0}':
    'format doit valoir 1 (la version 1 du format de Rehearse), pas {0}',
  'id "{0}" may only hold lower-case letters, digits and "-"':
    'l’identifiant « {0} » ne peut contenir que des minuscules, des chiffres et « - »',
  'e.g. {0}': 'par exemple {0}',
  'nodes needs at least one node': 'nodes doit avoir au moins un nœud',
  'unknown concept "@{0}".{1}': 'concept inconnu « @{0} ».{1}',
  'declare it under `concepts` as a list of phrases': 'déclarez-le sous `concepts`, comme une liste de phrases',
  'examples of unknown concept "{0}".{1}': 'exemples d’un concept inconnu « {0} ».{1}',
  'the keys of `examples` are names of the concepts of this set (or of the sets it uses)':
    'les clés de `examples` sont des noms de concepts de cet ensemble (ou des ensembles qu’il utilise)',
  competency: 'compétence',
  character: 'personnage',
  outcome: 'issue',
  'declare it under `competencies`': 'déclarez-la sous `competencies`',
  'declare it under `characters`': 'déclarez-le sous `characters`',
  'declare it under `outcomes`': 'déclarez-la sous `outcomes`',
  '{0}: there is no {1} "{2}".{3}': '{0:path} : il n’y a pas de {1} « {2} ».{3}',
  '{0}.{1}': '{0:path}.{1}',
  'set: unknown variable "{0}".{1}': 'set : variable inconnue « {0} ».{1}',
  'declare it under `state` with its initial value': 'déclarez-la sous `state` avec sa valeur initiale',
  'set: "{0}" is {1}, so it cannot be increased or decreased':
    'set : « {0} » est {1:a-type}, on ne peut donc pas l’augmenter ni la diminuer',
  'set: "{0}" holds {1}, not {2}': 'set : « {0} » contient {1:a-type}, pas {2:a-type}',
  'write "+1" or "-1" in quotes to add, or a plain number to replace':
    'écrivez "+1" ou "-1" entre guillemets pour ajouter, ou un nombre seul pour remplacer',
  'the phrase "{0}" has no word left to match once function words are dropped':
    'la phrase « {0} » n’a plus aucun mot à reconnaître une fois les mots outils retirés',
  'add the word that carries the meaning': 'ajoutez le mot qui porte le sens',
  French: 'français',
  English: 'anglais',
  '{0} ({1})': '{0} ({1})',
  '1 error': '1 erreur',
  '{0} errors': '{0} erreurs',
  'concept set "{0}" uses "{1}", and ': 'l’ensemble de concepts « {0} » utilise « {1} », et ',
  'using concept set "{0}" makes a cycle: {1}': 'utiliser l’ensemble de concepts « {0} » crée une boucle : {1}',
  'a set may use other sets, but never itself, directly or through another set':
    'un ensemble peut en utiliser d’autres, mais jamais lui-même, directement ou par un autre ensemble',
  'concept set "{0}" uses "{1}", which does not exist':
    'l’ensemble de concepts « {0} » utilise « {1} », qui n’existe pas',
  'there is no concept set "{0}"': 'il n’y a pas d’ensemble de concepts « {0} »',
  'a set is a file with "kind: concepts" and "id: {0}", next to this file or in the bundled library':
    'un ensemble est un fichier avec « kind: concepts » et « id: {0} », à côté de ce fichier ou dans la bibliothèque fournie',
  '{0}concept set "{1}" ({2}) has {3}: its concepts cannot be used until they are fixed':
    '{0}l’ensemble de concepts « {1} » ({2}) a {3} : ses concepts ne peuvent pas servir tant qu’elles ne sont pas corrigées',
  'run: rehearse validate {0}': 'lancez : rehearse validate {0}',
  '{0}concept set "{1}" is in {2}, and this file is in {3}':
    '{0}l’ensemble de concepts « {1} » est en {2}, et ce fichier est en {3}',
  'use "{0}", the same set in {1}': 'utilisez « {0} », le même ensemble en {1}',
  'phrases only match answers of their own language': 'une phrase ne reconnaît que les réponses de sa propre langue',
  'concept "{0}" replaces the one of the shared set "{1}"':
    'le concept « {0} » remplace celui de l’ensemble partagé « {1} »',
  'rename it to keep both, or remove it to use the shared one':
    'renommez-le pour garder les deux, ou supprimez-le pour utiliser celui de l’ensemble',
  'more than {0} alias expansions (is this an alias bomb?)':
    'plus de {0} recopies d’alias (est-ce une « bombe d’alias » ?)',
  'aliases copy more than {0} values (is this an alias bomb?)':
    'les alias recopient plus de {0} valeurs (est-ce une « bombe d’alias » ?)',
  nothing: 'rien',
  'a mapping': 'une table de clés',
  'a list': 'une liste',
  text: 'du texte',
  'a number': 'un nombre',
  true: 'true',
  false: 'false',
  'something else': 'autre chose',
  'node "{0}" cannot be reached from start "{1}"': 'le nœud « {0} » ne peut pas être atteint depuis le début « {1} »',
  'route to it with goto, or remove it': 'menez-y avec un goto, ou supprimez-le',
  'from node "{0}" no path leads to an end: a session that gets here can never finish':
    'depuis le nœud « {0} », aucun chemin ne mène à une fin : une partie qui arrive ici ne peut jamais se terminer',
  'route one of its exits towards a node with "end: …"': 'faites aller une de ses sorties vers un nœud avec « end: … »',
  'no criterion or option can earn points in competency "{0}"':
    'aucun critère ni option ne peut rapporter de points dans la compétence « {0} »',
  'give it a criterion or option with positive points, or remove it':
    'donnez-lui un critère ou une option à points positifs, ou supprimez-la',
  'this text holds the control character {0}: a terminal would obey it (a colour, a window title, the clipboard) instead of showing it; Rehearse shows it as �':
    'ce texte contient le caractère de contrôle {0} : un terminal lui obéirait (une couleur, un titre de fenêtre, le presse-papiers) au lieu de l’afficher ; Rehearse l’affiche comme �',
  'remove it; write the text itself (a colour or a link cannot be set from a scenario)':
    'supprimez-le ; écrivez le texte lui-même (un scénario ne peut pas choisir une couleur ni un lien)',
  'this key appears twice in the same mapping; the second would silently replace the first':
    'cette clé apparaît deux fois dans le même bloc ; la seconde remplacerait la première sans le dire',
  'this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not {0}':
    'ce n’est pas un scénario : le premier niveau doit être une table de clés (format, id, title, …), pas {0}',
  'the file is empty: a scenario starts with "format: 1"':
    'le fichier est vide : un scénario commence par « format: 1 »',
  'the file is nested too deeply to be a scenario': 'le fichier a trop de niveaux imbriqués pour être un scénario',
  'too many alias expansions (is this an alias bomb?)': 'trop de recopies d’alias (est-ce une « bombe d’alias » ?)',
  ' through {0}': ' par {0}',
  'the phrase {0} of mistake {1} is the single word {2}{3} once analysed: one word fires on far too many kind answers':
    'la phrase {0} de l’erreur {1} se réduit au seul mot {2}{3} une fois analysée : un mot seul se déclenche sur bien trop de réponses bienveillantes',
  'write the words around it that make it a mistake (2 to 4 words), e.g. "tu devrais payer" rather than "payer"':
    'écrivez les mots autour qui en font une erreur (2 à 4 mots), par exemple « tu devrais payer » plutôt que « payer »',
  'write the words "là" stands for: "je reste avec toi", "je suis présent", "ici"':
    'écrivez les mots que « là » remplace : « je reste avec toi », « je suis présent », « ici »',
  'keep the words that make it a reproach without "dû": "il fallait pas accepter", "pourquoi tu as accepté"':
    'gardez les mots qui en font un reproche sans « dû » : « il fallait pas accepter », « pourquoi tu as accepté »',
  'write "tout de suite" or "maintenant" instead of "dès", or keep the word after it ("dès ce soir")':
    'écrivez « tout de suite » ou « maintenant » au lieu de « dès », ou gardez le mot qui suit (« dès ce soir »)',
  'keep another word with it, which "en" cannot carry: "envie d\'en finir", "en parler à un adulte"':
    'gardez avec lui un autre mot, que « en » ne peut pas porter : « envie d’en finir », « en parler à un adulte »',
  '{0} is dropped by the analysis (it reads as the function word {1}): the phrase {2} only matches {3}':
    '{0} est ignoré par l’analyse (il se lit comme le mot outil {1}) : la phrase {2} ne reconnaît que {3}',
  'keep a word that carries what {0} means, or rephrase without it':
    'gardez un mot qui porte le sens de {0}, ou reformulez sans lui',
  'the phrase {0} of {1} and the mistake {2} of the same prompt both match {3}: those words earn and lose points at once':
    'la phrase {0} de {1} et l’erreur {2} de la même question reconnaissent toutes deux {3} : ces mots font gagner et perdre des points à la fois',
  'make one of the two more specific (the words around it, its negation), so that a kind answer only earns':
    'rendez l’une des deux plus précise (les mots autour, sa négation), pour qu’une réponse bienveillante ne fasse que gagner',
  'the phrase {0} stands for more than {1} texts through its concepts: the matcher reads the first {2}, so the rest never match':
    'la phrase {0} vaut plus de {1} textes par ses concepts : le moteur n’en lit que les {2} premiers, les autres ne reconnaissent jamais rien',
  'split the concept into smaller ones, or move phrases that only this criterion needs onto it':
    'découpez le concept en concepts plus petits, ou mettez sur ce critère les phrases dont il est le seul à avoir besoin',
  'the file is {0} MB; scenarios are limited to 10 MB': 'le fichier fait {0} Mo ; un scénario est limité à 10 Mo',
  'the file is not valid UTF-8 text (save it as UTF-8)':
    'le fichier n’est pas du texte UTF-8 valide (enregistrez-le en UTF-8)',
  'the file is over 10 MB; scenarios are limited to 10 MB': 'le fichier dépasse 10 Mo ; un scénario est limité à 10 Mo',
  'the file holds binary data (a NUL byte): it is not a text file':
    'le fichier contient des données binaires (un octet NUL) : ce n’est pas un fichier texte',
  'the file is indented too deeply to be a scenario': 'le fichier est trop décalé vers la droite pour être un scénario',
  'brackets are nested more than {0} deep': 'les crochets sont imbriqués sur plus de {0} niveaux',
  '{0} has "required" but {1} points: only a criterion that earns points can be required':
    '{0:path} a « required » mais {1} points : seul un critère qui rapporte des points peut être obligatoire',
  'a mistake fails the session with "critical: reason"; "required" is for what must not be left out':
    'une erreur fait échouer la partie avec « critical: raison » ; « required » sert à ce qu’il ne faut pas oublier',
  '{0} is both "critical" and "required": it would fail the session whether it matches or not':
    '{0:path} est à la fois « critical » et « required » : il ferait échouer la partie qu’il soit reconnu ou non',
  'keep "required" for what the trainee must say, "critical" for what they must not':
    'gardez « required » pour ce que l’apprenant doit dire, « critical » pour ce qu’il ne doit pas dire',
  '{0} needs "yes" or "no": lists of whole answers':
    '{0:path} doit avoir « yes » ou « no » : des listes de réponses entières',
  '{0}.{1}[{2}] is empty: an example is a whole answer':
    '{0:path}.{1}[{2}] est vide : un exemple est une réponse entière',
  '{0} must be a mapping of keys, not {1}': '{0:path} doit être une table de clés, pas {1}',
  'a key of {0} must be a plain word, not {1}': 'une clé de {0:path} doit être un simple mot, pas {1}',
  'unknown key "{0}" in {1}.{2}': 'clé inconnue « {0} » dans {1:path}.{2}',
  'allowed keys: {0}': 'clés possibles : {0}',
  '{0} is missing the required key "{1}"': 'il manque la clé obligatoire « {1} » dans {0:path}',
  '{0} must be text, not {1}': '{0:path} doit être du texte, pas {1}',
  'write the text after the colon, in quotes if it holds a colon or a #':
    'écrivez le texte après les deux-points, entre guillemets s’il contient un deux-points ou un #',
  '{0} must be a number, not {1}': '{0:path} doit être un nombre, pas {1}',
  '{0} must be a whole number, not {1}': '{0:path} doit être un nombre entier, pas {1}',
  '{0} must be at least {1}, not {2}': '{0:path} doit valoir au moins {1}, pas {2}',
  '{0} must be at most {1}, not {2}': '{0:path} doit valoir au plus {1}, pas {2}',
  '{0} cannot be 0 (use a negative number for a mistake)':
    '{0:path} ne peut pas valoir 0 (un nombre négatif pour une erreur)',
  '{0} must be true or false, not {1}': '{0:path} doit être true ou false, pas {1}',
  '{0} must be a list, not {1}': '{0:path} doit être une liste, pas {1}',
  'write it as [a, b] or as lines starting with "- "': 'écrivez-la [a, b] ou en lignes commençant par « - »',
  '{0} needs at least {1} item{2}': '{0:path} doit avoir au moins {1:items}',
  '{0} id "{1}" may only hold letters, digits, "_" and "-"':
    'l’identifiant de {0} « {1} » ne peut contenir que des lettres, des chiffres, « _ » et « - »',
  ' Did you mean "{0}"?': ' Vouliez-vous dire « {0} » ?',
  'a tab is used to indent this line: YAML indents with spaces only':
    'cette ligne est décalée avec une tabulation : en YAML, on décale uniquement avec des espaces',
  'replace the tab with spaces (many editors have a setting "indent with spaces")':
    'remplacez la tabulation par des espaces (beaucoup d’éditeurs ont un réglage « indenter avec des espaces »)',
  'this line is indented by {0} spaces, but the keys of its block by {1}: the keys of one block start at the same column':
    'cette ligne commence après {0:spaces}, mais les clés de son bloc après {1:spaces} : les clés d’un même bloc commencent à la même colonne',
  'add {0} space(s) before "{1}"': 'ajoutez {0:spaces} avant « {1} »',
  'remove {0} space(s) before "{1}"': 'retirez {0:spaces} avant « {1} »',
  'text follows the closing quote of this value': 'du texte suit le guillemet fermant de cette valeur',
  'a value that starts with a quote ends at its closing quote: quote the whole value, e.g. when: \'"a" == b\'':
    'une valeur qui commence par un guillemet s’arrête à son guillemet fermant : mettez toute la valeur entre guillemets, par exemple when: \'"a" == b\'',
  'this line is not indented like the keys of its block': 'cette ligne n’est pas décalée comme les clés de son bloc',
  'count the spaces, and check that a "- " above did not start a list':
    'comptez les espaces, et vérifiez qu’un « - » plus haut n’a pas commencé une liste',
  'a key and its value must be on one line, and the lines under it indented deeper only if it has no value':
    'une clé et sa valeur tiennent sur une ligne, et les lignes dessous ne sont plus décalées que si la clé n’a pas de valeur',
  'check the indentation of this line and of the next one': 'vérifiez le décalage de cette ligne et de la suivante',
  'a value cannot start with this character unless it is in quotes':
    'une valeur ne peut pas commencer par ce caractère, sauf entre guillemets',
  'put the whole value in double quotes': 'mettez toute la valeur entre guillemets droits "…"',
  'inside [ ] or { } everything stays on the lines of the brackets, without "- " items':
    'entre [ ] ou { }, tout reste sur les lignes des crochets, sans éléments « - »',
  'close the bracket, or write the list as lines starting with "- "':
    'fermez le crochet, ou écrivez la liste en lignes commençant par « - »',
  'a closing bracket or quote is missing': 'il manque un crochet ou un guillemet fermant',
  'the YAML reader said: {0}': 'le lecteur YAML a dit : {0}',
  'the YAML cannot be read here': 'le YAML ne peut pas être lu ici',
  'this "{0}" is never closed: add "{1}" at the end of what it holds':
    'ce « {0} » n’est jamais fermé : ajoutez « {1} » à la fin de ce qu’il contient',
  'what is inside brackets stays on the lines of the brackets':
    'ce qui est entre crochets reste sur les lignes des crochets',
  'this quoted text is never closed: add the closing quote':
    'ce texte entre guillemets n’est jamais fermé : ajoutez le guillemet fermant',
  'YAML read up to line {0} looking for it': 'le YAML a lu jusqu’à la ligne {0} en le cherchant',
  '{0}': '{0}',
  'answer {0} ({1})': 'la réponse {0} ({1})',
  '{0} {1}': '{0} {1}',
  '{0} at node "{1}": {2}': '{0} au nœud « {1} » : {2}',
  'comes after the end of the session': 'vient après la fin de la partie',
  'expected outcome {0}, got {1}': 'issue attendue {0}, obtenue {1}',
  'none (the session did not end)': 'aucune (la partie ne s’est pas terminée)',
  'expected passed {0}, got {1} (score {2}{3})': 'passed attendu {0}, obtenu {1} (score {2}{3})',
  ', critical': ', erreur critique',
  'expected critical {0}, got {1} ({2})': 'critical attendu {0}, obtenu {1} ({2})',
  'expected critical {0}, got {1}': 'critical attendu {0}, obtenu {1}',
  'expected score ≥ {0}, got {1}': 'score attendu ≥ {0}, obtenu {1}',
  'expected score ≤ {0}, got {1}': 'score attendu ≤ {0}, obtenu {1}',
  'expected path {0}, got {1}': 'chemin attendu {0}, obtenu {1}',
  'expected {0} to match, it did not (matched: {1})': '{0} devait être reconnu, il ne l’a pas été (reconnus : {1})',
  'expected {0} not to match, it matched {1} at node {2}':
    '{0} ne devait pas être reconnu, il l’a été dans {1} au nœud {2}',
};
