//! The override, prompt-leak and secret-request families in the languages most used on
//! the web. Each language lists word stems; a pattern fires when a dismissal (or a
//! request) and its object stand within one sentence, in either order, since verb-final
//! languages put the verb last.
//!
//! Stems that start with an ASCII letter are matched from the start of a word; a
//! trailing `$` also anchors the end of the word (for short or common stems).

use super::super::Signal;

/// One language's stems, lower case, as they appear in the NFKC-folded text.
struct Language {
    /// "ignore", "disregard", "forget", imperative where the language marks it.
    dismiss: &'static [&'static str],
    /// "instructions", "directives", "prompt", "commands".
    guidance: &'static [&'static str],
    /// "show", "reveal", "tell me", "print", "give", "send".
    reveal: &'static [&'static str],
    /// "system prompt", "your instructions", "your configuration".
    prompt: &'static [&'static str],
    /// "API key", "password", "environment variables", "token", "credentials".
    secret: &'static [&'static str],
}

const LANGUAGES: &[Language] = &[
    // English is covered by `english.rs` in more depth; these catch loose word orders.
    Language {
        dismiss: &["disregard", "bypass"],
        guidance: &["instructions", "directives", "system prompt", "guidelines"],
        reveal: &["reveal", "print$", "show me", "tell me", "give me", "output", "dump$", "leak$", "send me", "list$", "expose"],
        prompt: &["system prompt", "your instructions", "your configuration", "your guidelines", "hidden instructions", "initial instructions"],
        secret: &["api key", "api_key", "apikey", "api token", "access token", "secret key", "private key", "environment variable", "env var", "credentials", "admin password", "database password"],
    },
    // Spanish
    Language {
        dismiss: &["ignora$", "ignore las", "ignorad", "ignoren", "ignorar las", "olvida$", "olvidad", "olvídate de", "olvidate de", "olvídese de", "descarta", "omite$", "omitid", "pasa por alto", "haz caso omiso", "no hagas caso", "desobedece", "anula$", "deja de seguir", "deja de lado"],
        guidance: &["instrucciones", "indicaciones", "directrices", "directivas", "órdenes anteriores", "ordenes anteriores", "consignas", "prompt"],
        reveal: &["muestra", "muéstrame", "revela", "revélame", "dime$", "dame$", "imprime", "escribe", "envía", "envia$", "manda$", "comparte", "repite", "enumera", "lista$", "copia$"],
        prompt: &["prompt del sistema", "mensaje del sistema", "instrucciones del sistema", "tus instrucciones", "instrucciones ocultas", "instrucciones originales", "instrucciones iniciales", "tu configuración", "tu configuracion"],
        secret: &["clave api", "claves api", "clave de api", "claves de api", "api key", "variables de entorno", "contraseña del administrador", "contraseña de administrador", "contraseñas", "credenciales", "token de acceso", "tokens de acceso", "clave secreta", "claves secretas", "clave privada"],
    },
    // Portuguese
    Language {
        dismiss: &["ignore as", "ignore todas", "ignora$", "ignorem", "ignorar as", "esqueça", "esqueca", "esquece$", "desconsidere", "desconsidera", "descarte", "despreze", "deixe de seguir", "pare de seguir", "não siga", "nao siga"],
        guidance: &["instruções", "instrucoes", "instrução", "diretrizes", "diretivas", "orientações", "orientacoes", "comandos anteriores", "prompt"],
        reveal: &["mostre", "mostra$", "revele", "revela$", "diga-me", "me diga", "me dê", "me de$", "imprima", "escreva", "envie", "mande", "compartilhe", "repita", "liste", "exiba"],
        prompt: &["prompt do sistema", "mensagem do sistema", "instruções do sistema", "suas instruções", "suas instrucoes", "instruções ocultas", "instruções originais", "instruções iniciais", "sua configuração", "sua configuracao"],
        secret: &["chave de api", "chaves de api", "chave api", "api key", "variáveis de ambiente", "variaveis de ambiente", "senha do administrador", "senha de administrador", "senhas", "credenciais", "token de acesso", "chave secreta", "chave privada"],
    },
    // French
    Language {
        dismiss: &["ignore$", "ignorez", "ignorer les", "oublie$", "oubliez", "oublier les", "ne tiens pas compte", "ne tenez pas compte", "fais abstraction", "faites abstraction", "écarte", "écartez", "laisse tomber", "laissez tomber", "passe outre", "passez outre", "désobéis", "désobéissez", "cesse de suivre", "cessez de suivre", "arrête de suivre", "arrêtez de suivre"],
        guidance: &["instructions", "consignes", "directives", "ordres", "invite système", "prompt"],
        reveal: &["montre", "montrez", "révèle", "révélez", "revele$", "dis-moi", "dites-moi", "donne-moi", "donnez-moi", "affiche", "affichez", "imprime", "imprimez", "écris", "écrivez", "envoie", "envoyez", "partage", "partagez", "répète", "répétez", "liste$", "listez"],
        prompt: &["prompt système", "prompt systeme", "invite système", "message système", "instructions système", "tes instructions", "vos instructions", "instructions cachées", "instructions initiales", "instructions d'origine", "ta configuration", "votre configuration"],
        secret: &["clé api", "clés api", "clé d'api", "cle api", "api key", "variables d'environnement", "mot de passe administrateur", "mot de passe de l'administrateur", "mots de passe", "identifiants", "jeton d'accès", "jetons d'accès", "clé secrète", "clé privée"],
    },
    // Italian
    Language {
        dismiss: &["ignora$", "ignorate", "ignori$", "dimentica", "dimenticate", "trascura", "non tenere conto", "non considerare", "lascia perdere", "scarta$", "smetti di seguire", "non seguire", "disobbedisci"],
        guidance: &["istruzioni", "direttive", "indicazioni", "comandi precedenti", "prompt"],
        reveal: &["mostra", "mostrami", "rivela", "rivelami", "dimmi", "dammi", "stampa", "scrivi", "invia", "manda", "condividi", "ripeti", "elenca"],
        prompt: &["prompt di sistema", "messaggio di sistema", "istruzioni di sistema", "tue istruzioni", "istruzioni nascoste", "istruzioni originali", "istruzioni iniziali", "tua configurazione"],
        secret: &["chiave api", "chiavi api", "api key", "variabili d'ambiente", "variabili di ambiente", "password dell'amministratore", "password di amministratore", "credenziali", "token di accesso", "chiave segreta", "chiave privata"],
    },
    // German
    Language {
        dismiss: &["ignoriere", "ignorier$", "ignorieren sie", "vergiss", "vergessen sie", "missachte", "missachten sie", "übergehe", "überspringe", "verwirf", "setze die", "befolge nicht", "befolgen sie nicht", "hör auf", "höre auf", "nicht mehr befolgen"],
        guidance: &["anweisungen", "anweisung", "instruktionen", "vorgaben", "richtlinien", "befehle", "systemprompt", "system-prompt"],
        reveal: &["zeige", "zeig mir", "zeigen sie", "verrate", "verraten sie", "nenne", "nennen sie", "gib mir", "geben sie mir", "gib$", "drucke", "gib aus", "schreibe", "schick", "sende", "teile", "wiederhole", "liste$", "enthülle", "offenbare"],
        prompt: &["systemprompt", "system-prompt", "systemanweisungen", "systemnachricht", "deine anweisungen", "ihre anweisungen", "versteckten anweisungen", "ursprünglichen anweisungen", "anfänglichen anweisungen", "deine konfiguration", "ihre konfiguration"],
        secret: &["api-schlüssel", "api schlüssel", "apischlüssel", "api key", "api-key", "umgebungsvariablen", "administratorpasswort", "admin-passwort", "passwörter", "zugangsdaten", "anmeldedaten", "zugangstoken", "zugriffstoken", "geheimen schlüssel", "privaten schlüssel"],
    },
    // Dutch
    Language {
        dismiss: &["negeer", "vergeet", "sla over", "veronachtzaam", "let niet op", "volg niet", "stop met het volgen", "gooi weg"],
        guidance: &["instructies", "opdrachten", "richtlijnen", "aanwijzingen", "prompt"],
        reveal: &["toon", "laat zien", "laat me", "onthul", "vertel me", "geef me", "print", "schrijf", "stuur", "deel$", "herhaal", "noem"],
        prompt: &["systeemprompt", "systeembericht", "systeeminstructies", "je instructies", "jouw instructies", "uw instructies", "verborgen instructies", "oorspronkelijke instructies", "je configuratie"],
        secret: &["api-sleutel", "api sleutel", "api-sleutels", "api key", "omgevingsvariabelen", "beheerderswachtwoord", "wachtwoorden", "inloggegevens", "toegangstoken", "geheime sleutel", "privésleutel"],
    },
    // Polish
    Language {
        dismiss: &["zignoruj", "ignoruj", "zapomnij", "pomiń", "pomin$", "odrzuć", "odrzuc$", "nie zważaj", "nie stosuj się", "przestań stosować", "przestań przestrzegać", "nie przestrzegaj"],
        guidance: &["instrukcje", "instrukcji", "polecenia", "poleceń", "wytyczne", "wytycznych", "prompt"],
        reveal: &["pokaż", "pokaz$", "ujawnij", "powiedz mi", "daj mi", "podaj", "wypisz", "wydrukuj", "napisz", "wyślij", "wyslij", "udostępnij", "powtórz", "wymień"],
        prompt: &["prompt systemowy", "promptu systemowego", "wiadomość systemową", "instrukcje systemowe", "twoje instrukcje", "swoje instrukcje", "ukryte instrukcje", "początkowe instrukcje", "twoją konfigurację", "swoją konfigurację"],
        secret: &["klucz api", "klucze api", "api key", "zmienne środowiskowe", "zmiennych środowiskowych", "hasło administratora", "hasła", "dane logowania", "token dostępu", "klucz prywatny", "tajny klucz"],
    },
    // Turkish
    Language {
        dismiss: &["yok say", "yoksay", "görmezden gel", "gormezden gel", "unut", "dikkate alma", "boş ver", "bos ver", "atla", "uyma"],
        guidance: &["talimat", "yönerge", "yonerge", "komutlar", "istem"],
        reveal: &["göster", "goster", "açıkla", "acikla", "söyle", "soyle", "ver$", "yazdır", "yazdir", "yaz$", "gönder", "gonder", "paylaş", "paylas", "tekrarla", "listele", "ifşa"],
        prompt: &["sistem istemi", "sistem istemini", "sistem mesajı", "sistem talimat", "talimatlarını", "talimatlarini", "gizli talimat", "yapılandırmanı", "yapilandirmani"],
        secret: &["api anahtar", "ortam değişken", "ortam degisken", "yönetici şifre", "yonetici sifre", "şifreleri", "parolaları", "kimlik bilgi", "erişim token", "gizli anahtar", "özel anahtar"],
    },
    // Russian
    Language {
        dismiss: &["игнорируй", "проигнорируй", "игнорируйте", "проигнорируйте", "забудь", "забудьте", "не обращай внимания", "не обращайте внимания", "пренебреги", "отбрось", "отмени", "не следуй", "не выполняй", "перестань следовать"],
        guidance: &["инструкци", "указани", "директив", "команды", "промпт", "установки"],
        reveal: &["покажи", "покажите", "раскрой", "раскройте", "скажи", "скажите", "дай мне", "дайте мне", "выведи", "выведите", "напиши", "напечатай", "отправь", "отправьте", "перечисли", "повтори", "сообщи"],
        prompt: &["системный промпт", "системного промпта", "системное сообщение", "системные инструкции", "твои инструкции", "ваши инструкции", "свои инструкции", "скрытые инструкции", "исходные инструкции", "свою конфигурацию", "твою конфигурацию"],
        secret: &["api-ключ", "api ключ", "ключ api", "ключи api", "api key", "переменные окружения", "переменные среды", "пароль администратора", "пароли", "учётные данные", "учетные данные", "токен доступа", "секретный ключ", "закрытый ключ"],
    },
    // Ukrainian
    Language {
        dismiss: &["ігноруй", "проігноруй", "ігноруйте", "забудь", "забудьте", "не зважай", "не звертай уваги", "відкинь", "не виконуй", "не дотримуйся"],
        guidance: &["інструкці", "вказівк", "директив", "команди", "промпт"],
        reveal: &["покажи", "покажіть", "розкрий", "скажи", "дай мені", "виведи", "напиши", "надрукуй", "надішли", "перелічи", "повтори"],
        prompt: &["системний промпт", "системне повідомлення", "системні інструкції", "твої інструкції", "ваші інструкції", "свої інструкції", "приховані інструкції", "свою конфігурацію"],
        secret: &["api-ключ", "api ключ", "ключ api", "змінні середовища", "змінні оточення", "пароль адміністратора", "паролі", "облікові дані", "токен доступу", "секретний ключ", "приватний ключ"],
    },
    // Bulgarian
    Language {
        dismiss: &["игнорирай", "пренебрегни", "забрави", "не обръщай внимание", "не следвай"],
        guidance: &["инструкции", "указания", "команди", "промпт"],
        reveal: &["покажи", "разкрий", "кажи ми", "дай ми", "изведи", "напиши", "изпрати", "повтори"],
        prompt: &["системния промпт", "системен промпт", "системното съобщение", "твоите инструкции", "вашите инструкции", "скритите инструкции"],
        secret: &["api ключ", "ключа за api", "променливите на средата", "паролата на администратора", "пароли", "идентификационни данни", "токен за достъп", "таен ключ"],
    },
    // Serbian and Croatian (Latin and Cyrillic)
    Language {
        dismiss: &["ignoriši", "ignorisi", "ignoriraj", "zanemari", "zaboravi", "игнориши", "занемари", "заборави", "ne slijedi", "ne prati"],
        guidance: &["uputstva", "upute", "instrukcije", "naredbe", "упутства", "инструкције", "prompt"],
        reveal: &["pokaži", "pokazi", "otkrij", "reci mi", "daj mi", "ispiši", "napiši", "pošalji", "ponovi", "покажи", "откриј", "реци ми"],
        prompt: &["sistemski prompt", "sistemsku poruku", "tvoja uputstva", "tvoje upute", "skrivene upute", "системски промпт"],
        secret: &["api ključ", "api kljuc", "varijable okruženja", "varijable okoline", "lozinku administratora", "lozinke", "vjerodajnice", "token za pristup", "tajni ključ"],
    },
    // Czech and Slovak
    Language {
        dismiss: &["ignoruj", "ignorujte", "zapomeň", "zapomen$", "zabudni", "nevšímej si", "nedbej", "prestaň dodržiavať", "přestaň dodržovat", "nedodržuj", "odhoď", "vynechaj", "vynech$"],
        guidance: &["pokyny", "pokynov", "instrukce", "inštrukcie", "instrukcí", "směrnice", "příkazy", "príkazy", "prompt"],
        reveal: &["ukaž", "ukaz$", "odhal", "řekni", "povedz", "dej mi", "daj mi", "vypiš", "vypíš", "napiš", "napíš", "pošli", "zopakuj", "zobraz", "vypis$"],
        prompt: &["systémový prompt", "systemovy prompt", "systémovou zprávu", "systémové pokyny", "tvoje pokyny", "svoje pokyny", "tvoje inštrukcie", "skryté pokyny", "svou konfiguraci"],
        secret: &["api klíč", "api kľúč", "api klic", "proměnné prostředí", "premenné prostredia", "heslo administrátora", "heslo správce", "hesla", "heslá", "přihlašovací údaje", "prihlasovacie údaje", "přístupový token", "tajný klíč", "súkromný kľúč"],
    },
    // Hungarian
    Language {
        dismiss: &["hagyd figyelmen kívül", "hagyja figyelmen kívül", "figyelmen kívül", "felejtsd el", "felejtse el", "ne kövesd", "ne törődj", "vesd el"],
        guidance: &["utasítás", "utasitas", "utasításokat", "irányelv", "parancsokat", "promptot"],
        reveal: &["mutasd", "mutassa", "áruld el", "árulja el", "mondd el", "add meg", "írd ki", "írja ki", "küldd el", "ismételd", "sorold fel"],
        prompt: &["rendszerprompt", "rendszer prompt", "rendszerüzenet", "utasításaidat", "rejtett utasítás", "konfigurációdat"],
        secret: &["api kulcs", "api-kulcs", "környezeti változ", "rendszergazdai jelszó", "admin jelszó", "jelszavakat", "hitelesítő adat", "hozzáférési token", "titkos kulcs", "privát kulcs"],
    },
    // Romanian
    Language {
        dismiss: &["ignoră", "ignora$", "ignorați", "uită", "uita$", "uitați", "nu ține cont", "nu lua în seamă", "nu mai urma", "nu respecta"],
        guidance: &["instrucțiunile", "instructiunile", "instrucțiuni", "indicațiile", "directivele", "comenzile", "promptul"],
        reveal: &["arată", "arata$", "arată-mi", "dezvăluie", "spune-mi", "dă-mi", "da-mi", "afișează", "scrie", "trimite", "repetă", "listează"],
        prompt: &["promptul de sistem", "promptul sistemului", "mesajul de sistem", "instrucțiunile tale", "instructiunile tale", "instrucțiunile ascunse", "configurația ta"],
        secret: &["cheia api", "cheile api", "variabilele de mediu", "parola administratorului", "parolele", "credențialele", "token de acces", "cheia secretă", "cheia privată"],
    },
    // Greek
    Language {
        dismiss: &["αγνόησε", "αγνοήστε", "αγνόησέ", "ξέχασε", "ξεχάστε", "παράβλεψε", "παραβλέψτε", "μην ακολουθείς", "μην ακολουθήσεις"],
        guidance: &["οδηγίες", "οδηγιών", "εντολές", "προτροπή", "prompt"],
        reveal: &["δείξε", "δείξτε", "αποκάλυψε", "πες μου", "πείτε μου", "δώσε μου", "τύπωσε", "γράψε", "στείλε", "επανάλαβε", "απαρίθμησε"],
        prompt: &["προτροπή συστήματος", "μήνυμα συστήματος", "οδηγίες συστήματος", "τις οδηγίες σου", "κρυφές οδηγίες", "αρχικές οδηγίες", "system prompt", "τη διαμόρφωσή σου"],
        secret: &["κλειδί api", "κλειδιά api", "api key", "μεταβλητές περιβάλλοντος", "κωδικό διαχειριστή", "κωδικούς πρόσβασης", "διαπιστευτήρια", "token πρόσβασης", "μυστικό κλειδί", "ιδιωτικό κλειδί"],
    },
    // Swedish, Danish, Norwegian
    Language {
        dismiss: &["ignorera", "ignorer$", "glöm", "glem$", "strunta i", "bortse fra", "bortse från", "se bort fra", "se bort från", "følg ikke", "følg ikkje", "följ inte", "sluta följa", "hopp over", "hoppa över"],
        guidance: &["instruktioner", "instruktionerna", "instruktioner", "instruksjoner", "instruksjonene", "instruktionerne", "anvisningar", "direktiver", "kommandoer", "kommandon", "prompt"],
        reveal: &["visa", "vis mig", "vis meg", "vis$", "avslöja", "avslør", "afslør", "berätta", "fortæl", "fortell", "ge mig", "giv mig", "gi meg", "skriv ut", "skriv$", "skicka", "send$", "upprepa", "gentag", "gjenta", "lista$", "list$"],
        prompt: &["systemprompt", "systemprompten", "systemmeddelande", "systembesked", "systemmelding", "dina instruktioner", "dine instruktioner", "dine instruksjoner", "dolda instruktioner", "skjulte instruktioner", "skjulte instruksjoner", "din konfiguration", "din konfigurasjon"],
        secret: &["api-nyckel", "api-nycklar", "api nyckel", "api-nøgle", "api-nøkkel", "api nøkkel", "miljövariabler", "miljøvariabler", "administratörslösenord", "administratoradgangskode", "administratorpassord", "lösenord", "adgangskoder", "passord", "inloggningsuppgifter", "legitimationsoplysninger", "påloggingsinformasjon", "åtkomsttoken", "adgangstoken", "tilgangstoken", "hemlig nyckel", "hemmelig nøgle", "hemmelig nøkkel", "privat nyckel", "privat nøgle", "privat nøkkel"],
    },
    // Finnish
    Language {
        dismiss: &["ohita", "jätä huomiotta", "jätä huomioimatta", "unohda", "älä noudata", "älä välitä", "sivuuta", "hylkää"],
        guidance: &["ohjeet", "ohjeita", "ohjeista", "ohjeiden", "käskyt", "säännöt", "määräykset", "kehote", "kehotteen", "prompt"],
        reveal: &["näytä", "paljasta", "kerro", "anna minulle", "tulosta", "kirjoita", "lähetä", "toista", "luettele"],
        prompt: &["järjestelmäkehote", "järjestelmäkehotteen", "järjestelmäviesti", "järjestelmän ohjeet", "ohjeesi", "piilotetut ohjeet", "alkuperäiset ohjeet", "asetuksesi"],
        secret: &["api-avain", "api-avaimet", "api avain", "ympäristömuuttuj", "ylläpitäjän salasana", "järjestelmänvalvojan salasana", "salasanat", "tunnistetiedot", "käyttöoikeustunnus", "salainen avain", "yksityinen avain"],
    },
    // Lithuanian and Latvian
    Language {
        dismiss: &["ignoruok", "pamiršk", "nepaisyk", "nekreipk dėmesio", "ignorē", "aizmirsti", "neņem vērā"],
        guidance: &["instrukcijas", "nurodymus", "komandas", "norādījumus"],
        reveal: &["parodyk", "atskleisk", "pasakyk", "duok man", "išvesk", "parādi", "atklāj", "pastāsti", "iedod"],
        prompt: &["sistemos raginimą", "sistemos nurodymus", "tavo instrukcijas", "sistēmas uzvedni", "tavas instrukcijas"],
        secret: &["api raktą", "api raktus", "aplinkos kintamuosius", "administratoriaus slaptažodį", "slaptažodžius", "api atslēgu", "vides mainīgos", "administratora paroli", "paroles"],
    },
    // Arabic
    Language {
        dismiss: &["تجاهل", "تجاهلي", "تجاهلوا", "انس ", "انسى", "اغفل", "لا تتبع", "لا تلتزم", "أهمل", "اهمل", "تخط", "تخطى"],
        guidance: &["التعليمات", "تعليمات", "الأوامر", "الاوامر", "التوجيهات", "الإرشادات", "الارشادات", "الموجه"],
        reveal: &["اعرض", "أظهر", "اظهر", "اكشف", "أخبرني", "اخبرني", "قل لي", "أعطني", "اعطني", "اطبع", "اكتب", "أرسل", "ارسل", "كرر", "شارك"],
        prompt: &["موجه النظام", "رسالة النظام", "تعليمات النظام", "تعليماتك", "التعليمات المخفية", "التعليمات الأصلية", "التعليمات الأولية", "إعداداتك", "اعداداتك"],
        secret: &["مفتاح api", "مفاتيح api", "مفتاح الواجهة", "متغيرات البيئة", "كلمة مرور المسؤول", "كلمات المرور", "بيانات الاعتماد", "رمز الوصول", "المفتاح السري", "المفتاح الخاص"],
    },
    // Hebrew
    Language {
        dismiss: &["התעלם", "התעלמי", "התעלמו", "שכח", "שכחי", "שכחו", "אל תציית", "אל תקשיב", "אל תפעל לפי", "בטל את"],
        guidance: &["ההוראות", "הוראות", "ההנחיות", "הנחיות", "הפקודות"],
        reveal: &["הצג", "הראה", "חשוף", "ספר לי", "תגיד לי", "תן לי", "הדפס", "כתוב", "שלח", "חזור על"],
        prompt: &["הנחיית המערכת", "פרומפט המערכת", "הודעת המערכת", "ההוראות שלך", "ההנחיות שלך", "ההוראות הנסתרות", "ההוראות המקוריות", "התצורה שלך"],
        secret: &["מפתח api", "מפתחות api", "משתני סביבה", "משתני הסביבה", "סיסמת המנהל", "סיסמאות", "פרטי ההתחברות", "אסימון גישה", "מפתח סודי", "מפתח פרטי"],
    },
    // Persian
    Language {
        dismiss: &["نادیده بگیر", "نادیده", "فراموش کن", "فراموش", "توجه نکن", "پیروی نکن", "رها کن"],
        guidance: &["دستورالعمل", "دستورات", "دستور", "راهنمایی", "پرامپت"],
        reveal: &["نشان بده", "نمایش بده", "فاش کن", "بگو", "بده", "چاپ کن", "بنویس", "بفرست", "تکرار کن"],
        prompt: &["پرامپت سیستم", "پیام سیستم", "دستورالعمل‌های سیستم", "دستورالعمل های سیستم", "دستورالعمل‌هایت", "دستورات پنهان", "دستورالعمل‌های اولیه", "پیکربندی"],
        secret: &["کلید api", "کلیدهای api", "متغیرهای محیطی", "رمز عبور مدیر", "گذرواژه", "رمزهای عبور", "اعتبارنامه", "توکن دسترسی", "کلید خصوصی", "کلید مخفی"],
    },
    // Hindi
    Language {
        dismiss: &["अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जाओ", "भूल जाएं", "भूल जाइए", "मत मानो", "पालन मत", "पालन न"],
        guidance: &["निर्देश", "निर्देशों", "आदेश", "आदेशों", "प्रॉम्प्ट"],
        reveal: &["दिखाओ", "दिखाएं", "दिखाइए", "बताओ", "बताएं", "बताइए", "प्रकट करो", "दो$", "प्रिंट", "लिखो", "भेजो", "दोहराओ"],
        prompt: &["सिस्टम प्रॉम्प्ट", "सिस्टम संदेश", "सिस्टम निर्देश", "अपने निर्देश", "तुम्हारे निर्देश", "छिपे निर्देश", "मूल निर्देश", "कॉन्फ़िगरेशन"],
        secret: &["एपीआई कुंजी", "api कुंजी", "api key", "एनवायरनमेंट वेरिएबल", "पर्यावरण चर", "व्यवस्थापक पासवर्ड", "एडमिन पासवर्ड", "पासवर्ड", "क्रेडेंशियल", "एक्सेस टोकन", "गुप्त कुंजी", "निजी कुंजी"],
    },
    // Bengali and Urdu
    Language {
        dismiss: &["উপেক্ষা কর", "ভুলে যাও", "অগ্রাহ্য কর", "نظر انداز", "بھول جاؤ", "بھول جائیں"],
        guidance: &["নির্দেশনা", "নির্দেশাবলী", "নির্দেশ", "ہدایات", "احکامات"],
        reveal: &["দেখাও", "বলো", "প্রকাশ কর", "দাও", "দکھاؤ", "دکھائیں", "بتاؤ", "بتائیں", "ظاہر کرو"],
        prompt: &["সিস্টেম প্রম্পট", "তোমার নির্দেশনা", "سسٹم پرامپٹ", "اپنی ہدایات", "تمہاری ہدایات"],
        secret: &["এপিআই কী", "api কী", "পাসওয়ার্ড", "এনভায়রনমেন্ট ভেরিয়েবল", "اے پی آئی کی", "پاس ورڈ", "ماحولیاتی متغیرات"],
    },
    // Indonesian and Malay
    Language {
        dismiss: &["abaikan", "lupakan", "jangan ikuti", "jangan hiraukan", "tidak usah ikuti", "tinggalkan", "lewati", "buang"],
        guidance: &["instruksi", "arahan", "petunjuk", "perintah", "prompt"],
        reveal: &["tunjukkan", "tampilkan", "ungkapkan", "beritahu", "beri tahu", "berikan", "cetak", "tuliskan", "tulis$", "kirim", "kirimkan", "ulangi", "sebutkan", "bagikan", "dedahkan"],
        prompt: &["prompt sistem", "pesan sistem", "instruksi sistem", "arahan sistem", "instruksimu", "instruksi anda", "arahan anda", "instruksi tersembunyi", "instruksi awal", "konfigurasimu", "konfigurasi anda"],
        secret: &["kunci api", "api key", "variabel lingkungan", "pembolehubah persekitaran", "kata sandi admin", "kata sandi administrator", "kata laluan", "kata sandi", "kredensial", "token akses", "kunci rahasia", "kunci rahsia", "kunci pribadi"],
    },
    // Vietnamese
    Language {
        dismiss: &["bỏ qua", "phớt lờ", "quên đi", "quên các", "quên tất cả", "không tuân theo", "đừng tuân theo", "đừng làm theo", "lờ đi"],
        guidance: &["hướng dẫn", "chỉ dẫn", "chỉ thị", "mệnh lệnh", "lệnh", "prompt"],
        reveal: &["hiển thị", "cho tôi xem", "cho xem", "tiết lộ", "nói cho tôi", "cho tôi biết", "đưa cho tôi", "in ra", "viết ra", "gửi", "lặp lại", "liệt kê"],
        prompt: &["lời nhắc hệ thống", "prompt hệ thống", "thông điệp hệ thống", "hướng dẫn hệ thống", "hướng dẫn của bạn", "chỉ dẫn của bạn", "hướng dẫn ẩn", "hướng dẫn ban đầu", "cấu hình của bạn"],
        secret: &["khóa api", "khoá api", "api key", "biến môi trường", "mật khẩu quản trị", "mật khẩu", "thông tin đăng nhập", "mã thông báo truy cập", "token truy cập", "khóa bí mật", "khóa riêng"],
    },
    // Tagalog
    Language {
        dismiss: &["huwag pansinin", "balewalain", "kalimutan", "huwag sundin", "laktawan"],
        guidance: &["mga tagubilin", "tagubilin", "mga instruksyon", "instruksyon", "mga utos"],
        reveal: &["ipakita", "ibunyag", "sabihin mo", "sabihin sa akin", "ibigay", "i-print", "isulat", "ipadala", "ulitin", "ilista"],
        prompt: &["system prompt", "iyong mga tagubilin", "mga nakatagong tagubilin", "orihinal na tagubilin"],
        secret: &["api key", "mga api key", "environment variable", "password ng admin", "mga password", "kredensyal", "access token", "lihim na susi"],
    },
    // Thai
    Language {
        dismiss: &["เพิกเฉย", "ละเว้น", "ไม่ต้องสนใจ", "ไม่สนใจ", "ลืม", "อย่าทำตาม", "ข้าม"],
        guidance: &["คำสั่ง", "คำแนะนำ", "ข้อกำหนด", "พรอมต์", "พรอมท์"],
        reveal: &["แสดง", "เปิดเผย", "บอก", "ให้ฉัน", "พิมพ์", "เขียน", "ส่ง", "ทำซ้ำ", "แจกแจง"],
        prompt: &["พรอมต์ระบบ", "พรอมท์ระบบ", "ข้อความระบบ", "คำสั่งระบบ", "คำสั่งของคุณ", "คำสั่งที่ซ่อน", "คำสั่งเริ่มต้น", "การตั้งค่าของคุณ"],
        secret: &["คีย์ api", "api key", "ตัวแปรสภาพแวดล้อม", "รหัสผ่านผู้ดูแล", "รหัสผ่าน", "ข้อมูลรับรอง", "โทเค็นการเข้าถึง", "คีย์ลับ", "คีย์ส่วนตัว"],
    },
    // Chinese (simplified and traditional)
    Language {
        dismiss: &["忽略", "忽视", "忽視", "无视", "無視", "忘记", "忘記", "忘掉", "不要理会", "不要理會", "别管", "不要遵守", "不要遵循", "放弃", "放棄", "跳过", "跳過"],
        guidance: &["指令", "指示", "说明", "說明", "提示词", "提示詞", "命令", "设定", "設定"],
        reveal: &["显示", "顯示", "展示", "透露", "泄露", "洩露", "告诉我", "告訴我", "给我", "給我", "打印", "输出", "輸出", "写出", "寫出", "发送", "發送", "重复", "重複", "列出"],
        prompt: &["系统提示", "系統提示", "系统消息", "系統訊息", "系统指令", "系統指令", "你的指令", "你的指示", "隐藏指令", "隱藏指令", "初始指令", "原始指令", "你的设定", "你的設定", "你的配置"],
        secret: &["api密钥", "api 密钥", "api金鑰", "api 金鑰", "api key", "环境变量", "環境變數", "管理员密码", "管理員密碼", "密码", "密碼", "凭证", "憑證", "访问令牌", "存取權杖", "私钥", "私鑰", "秘钥"],
    },
    // Japanese
    Language {
        dismiss: &["無視", "むし", "忘れ", "従わ", "したがわ", "破棄", "無効に", "スキップ"],
        guidance: &["指示", "命令", "プロンプト", "指令", "設定"],
        reveal: &["見せ", "表示", "教え", "明か", "出力", "書き出", "送信", "送っ", "繰り返", "列挙", "開示", "印刷"],
        prompt: &["システムプロンプト", "システムメッセージ", "システム指示", "あなたの指示", "隠された指示", "最初の指示", "元の指示", "初期指示", "あなたの設定"],
        secret: &["apiキー", "api キー", "api key", "環境変数", "管理者パスワード", "パスワード", "認証情報", "アクセストークン", "秘密鍵", "シークレットキー"],
    },
    // Korean
    Language {
        dismiss: &["무시", "잊어", "잊으", "따르지 마", "따르지 말", "버려", "건너뛰"],
        guidance: &["지시", "지침", "명령", "프롬프트", "설정"],
        reveal: &["보여", "공개", "알려", "말해", "출력", "써 줘", "적어", "보내", "반복", "나열"],
        prompt: &["시스템 프롬프트", "시스템 메시지", "시스템 지시", "너의 지시", "당신의 지시", "숨겨진 지시", "초기 지시", "원래 지시", "당신의 설정"],
        secret: &["api 키", "api키", "api key", "환경 변수", "환경변수", "관리자 비밀번호", "비밀번호", "자격 증명", "액세스 토큰", "비밀 키", "개인 키"],
    },
    // Swahili
    Language {
        dismiss: &["puuza", "sahau", "usifuate", "achana na"],
        guidance: &["maagizo", "maelekezo", "amri"],
        reveal: &["onyesha", "fichua", "niambie", "nipe", "chapisha", "andika", "tuma", "rudia"],
        prompt: &["maagizo ya mfumo", "ujumbe wa mfumo", "maagizo yako", "maagizo yaliyofichwa"],
        secret: &["ufunguo wa api", "funguo za api", "vigezo vya mazingira", "nenosiri la msimamizi", "manenosiri", "nywila"],
    },
];

/// The words between a verb and its object: at most this many bytes, within a sentence.
const GAP: &str = r"[^.!?\n]*?";

fn alternatives(stems: &[&str]) -> String {
    let mut out = String::from("(?:");
    for (i, stem) in stems.iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        let (stem, anchored_end) = match stem.strip_suffix('$') {
            Some(stem) => (stem, true),
            None => (*stem, false),
        };
        let ascii = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if ascii(stem.chars().next()) {
            out.push_str(r"\b");
        }
        out.push_str(&regex::escape(stem));
        if anchored_end && ascii(stem.chars().next_back()) {
            out.push_str(r"\b");
        }
    }
    out.push(')');
    out
}

fn either_order(a: &str, b: &str) -> String {
    format!("{a}{GAP}{b}|{b}{GAP}{a}")
}

/// The lexicon's patterns: for each language, a dismissal near guidance
/// (`InstructionOverride`), a request near the prompt (`PromptLeak`) and a request near a
/// secret (`SecretRequest`).
pub(super) fn patterns() -> impl Iterator<Item = (Signal, f32, String)> {
    LANGUAGES.iter().flat_map(|language| {
        let dismiss = alternatives(language.dismiss);
        let guidance = alternatives(language.guidance);
        let reveal = alternatives(language.reveal);
        [
            (
                Signal::InstructionOverride,
                4.0,
                either_order(&dismiss, &guidance),
            ),
            (
                Signal::PromptLeak,
                3.5,
                either_order(&reveal, &alternatives(language.prompt)),
            ),
            (
                Signal::SecretRequest,
                3.5,
                either_order(&reveal, &alternatives(language.secret)),
            ),
        ]
    })
}
