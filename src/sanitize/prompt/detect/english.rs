//! English patterns, each with the signal it is evidence of and its weight (log-odds).
//!
//! They run on lowercase folded views (see `views.rs`): the plain one and, to see through
//! look-alike letters, leetspeak, accents and split words, the skeleton one. Weights say
//! how much one match moves the score; several weak signals add up, one strong one is
//! enough (see `score.rs`).

use super::super::Signal::{self, *};

/// Where an imperative can stand: the start of a sentence or line, or after a word that
/// leads into one ("and", "now", "please", "just").
const LEAD: &str = r"(?:^|[\n.!?:;,(\[>*#\x22]\s*|\b(?:and|now|please|pls|just|so|then|simply|first|also|instead)\s+|\bto\s+)";

/// What a prompt's instructions are called.
const GUIDANCE: &str = r"(?:instructions?|directives?|guidelines?|guidance|prompts?|programming|system (?:message|prompt)|commands|orders|constraints|restrictions|limitations|safeguards|guardrails|filters|training|rules)";

/// Words that place the guidance before this text, or make it all of it.
const PRIOR: &str = r"(?:previous|prior|above|earlier|preceding|former|original|initial|old|given|existing|all|any|every|your|the|these|those|its|system|safety|developer'?s?)";

/// The patterns. `{LEAD}`, `{GUIDANCE}` and `{PRIOR}` are put in by [`patterns`].
const PATTERNS: &[(Signal, f32, &str)] = &[
    // Dismissing prior guidance, imperative, in any wording.
    (InstructionOverride, 5.0, r"{LEAD}(?:ignore|disregard|forget|skip|bypass|override|overrule|neglect|abandon|drop|discard|ditch|scrap|cancel|nullify|void|dismiss|erase|delete|clear|reset|set aside|put aside|throw out|stop following|quit following|don'?t follow|do not follow|no longer follow|cease following|pay no (?:attention|heed) to|stop obeying|don'?t obey|do not obey)\b(?:[^.!?\n]*?\b{PRIOR}\b)?[^.!?\n]*?\b{GUIDANCE}\b"),
    (InstructionOverride, 5.0, r"{LEAD}(?:ignore|disregard|forget)\s+(?:everything|anything|all(?: of)?(?: that| this| the)?|what(?:ever)?)\s+(?:(?:you (?:were|have been|'ve been) )?(?:told|said|written|given|instructed)|above|before|prior|previously|earlier|that came before|up to (?:now|here|this point)|so far)"),
    (InstructionOverride, 4.0, r"\b(?:ignore|disregard|forget)\s+(?:the )?(?:above|previous|preceding|prior|earlier)\b(?:\s+(?:text|content|context|message|messages|conversation|input|task|request))?"),
    (InstructionOverride, 3.5, r"\b(?:previous|prior|above|earlier|preceding|original|old|all|your|those|these|system)\s+(?:instructions?|directives?|guidelines|rules|prompts?|tasks?|orders)\s+(?:(?:are|is|were|was|have been|has been)\s+(?:now\s+)?(?:void|null|cancel+ed|revoked|obsolete|outdated|invalid|superseded|replaced|overridden|lifted|suspended|deprecated|disabled|no longer (?:valid|apply|applicable|in effect))|(?:no longer|don'?t|do not) apply)"),
    (InstructionOverride, 3.5, r"\b(?:your|the)\s+(?:new|real|actual|true|updated|only|revised|current)\s+(?:instructions?|directives?|task|job|purpose|mission|role|goal|orders|objective|rules)\s+(?:is|are|will be)\b"),
    (InstructionOverride, 3.0, r"\bnew\s+(?:instructions?|directives?|system (?:prompt|instructions?)|rules|orders|task)\s*(?::|follow|apply|take (?:precedence|effect)|override|from (?:now|here))"),
    (InstructionOverride, 3.0, r"\b(?:instead of|rather than) (?:your|the) (?:original|previous|usual|assigned|given) (?:task|instructions?|job|role)"),
    (InstructionOverride, 3.0, r"{LEAD}(?:stop|quit|cease) (?:being|acting as|pretending to be|working as) (?:a |an |the )?(?:helpful |travel |friendly )?(?:assistant|ai|chatbot|bot|model|concierge|writer|translator|guide)"),
    (InstructionOverride, 3.0, r"\byou (?:are|were) no longer (?:a|an|the|bound|restricted|limited|required|obliged)\b"),
    (InstructionOverride, 2.5, r"\b(?:comply|obey)\s+(?:with\s+)?(?:all|any|every|only|these|my|the following)\b[^.!?\n]*?\b(?:requests?|instructions|commands|orders)"),
    (InstructionOverride, 2.5, r"\b(?:this|the following|these)\s+(?:instruction|instructions|message|command|order|rule)s?\s+(?:takes?|has|have)\s+(?:precedence|priority)"),
    (InstructionOverride, 2.0, r"\b(?:highest|top|maximum|absolute)\s+priority\s+(?:instruction|command|order|task|override)"),
    (InstructionOverride, 3.0, r"\b(?:verified|authenticated|authori[sz]ed|confirmed|acting|logged in) as (?:an? |the )?(?:admin|administrator|developer|root|superuser|owner|moderator|operator|system)\b"),
    (InstructionOverride, 2.5, r"\b(?:admin|administrator|developer|system|root|sudo|debug|maintenance|override|god)\s+(?:mode|access|privileges?|override|command)\s+(?:enabled|activated|granted|unlocked|on|engaged)\b"),
    (InstructionOverride, 2.0, r"\b(?:override|bypass|disable|turn off|switch off|deactivate|remove|lift)\s+(?:your|the|all|any)\s+(?:safety|content|security)?\s*(?:filters?|guardrails|safeguards|restrictions|limitations|censorship|moderation|protections?)\b"),
    (InstructionOverride, 4.5, r"{LEAD}(?:ignore|disregard|forget|discard|drop)\s+(?:everything|anything|all)\b[^.!?\n]*?\b(?:before (?:this|that|now|here)|above|prior|previous(?:ly)?|earlier|so far|until now|up to now|(?:you (?:were|have been|'ve been) )?(?:told|said|given|instructed))\b"),
    (InstructionOverride, 3.0, r"\b(?:the |your )?(?:task|request|assignment|job|instructions?) (?:above|before|so far)\s+(?:is|are|was|were|has been|have been)\s+(?:cancel+ed|void|withdrawn|revoked|obsolete|done|over|finished|no longer)"),
    (InstructionOverride, 2.5, r"{LEAD}(?:reset|reboot|restart|clear|wipe|flush)\b[^.!?\n]*?\b(?:your |the )?(?:context|memory|instructions|settings|configuration|conversation|state)\b"),
    (InstructionOverride, 2.0, r"\b(?:notwithstanding|regardless of|in spite of|despite|overriding|superseding)\s+(?:anything|everything|all|any|what(?:ever)?)\b[^.!?\n]*?\b(?:your|the)\s+(?:instructions|configuration|rules|guidelines|prompt|programming|settings)\b"),
    (InstructionOverride, 2.0, r"\b(?:stop|halt|pause|abort)\s+(?:everything|what you(?:'re| are) doing|all (?:tasks|work)|the (?:current )?task)\b"),
    (InstructionOverride, 1.5, r"\b(?:the|my|your) real (?:request|task|question|instruction|job) is\b|\binstead,? (?:just )?(?:print|say|output|write|reply|respond|tell)\b"),
    // Persona and role-play set-ups; the weights add up with limit removal below.
    (Persona, 2.0, r"\b(?:from now on|from this (?:point|moment) (?:on|forward)|for the rest of this conversation|starting now|henceforth)\b[^.!?\n]*?\byou(?:'ll| will| are| must| shall| should| have to| can)?\b"),
    (Persona, 1.5, r"\b(?:pretend|imagine|suppose) (?:that )?(?:you are|you're|to be|you were)\b"),
    (Persona, 1.0, r"{LEAD}(?:act|behave|respond|answer|reply|speak|talk|write) (?:as|like) (?:if you (?:were|are) )?(?:an? |the |my )?"),
    (Persona, 1.5, r"\b(?:let'?s|we(?:'re| are| will)?|i want (?:you )?to|you (?:will|must|are going to)) (?:play|start|begin|do|have) (?:a |an )?(?:game|role-?play|roleplay|simulation|story|scenario)\b"),
    (Persona, 1.5, r"\b(?:stay|remain|keep) in character\b|\bbreak(?:ing)? character\b"),
    (Persona, 1.0, r"\b(?:my|our) (?:late |dead |deceased )?(?:grandmother|grandma|granny|grandfather|grandpa|mother|father)\b[^.!?\n]*?\b(?:used to|would always)\b"),
    (Persona, 4.5, r"\b(?:do anything now|dan mode|developer mode|dev mode|jailbreak(?:ed)? mode|god mode|evil mode|chaos mode|unfiltered mode|opposite mode|stan mode|dude mode|aim mode|anti-?dan)\b"),
    (Persona, 3.0, r"\b(?:you are|you're|you will be|become|as|called|named) (?:now )?(?:dan|stan|dude|aim|jailbreak|jailbroken|unchained|unrestricted|unfiltered|uncensored|evil|amoral|immoral|rogue)\b"),
    (Persona, 3.0, r"\b(?:no|without (?:any )?|free (?:of|from) (?:all |any )?|unbound by (?:any )?|not bound by (?:any )?|beyond|doesn'?t have (?:any )?|does not have (?:any )?|has no|have no|ignores? (?:all )?)(?:rules|restrictions|limits|limitations|filters?|filtering|censorship|guidelines|boundaries|ethics|ethical (?:guidelines|constraints|concerns|limits)|morals|moral (?:constraints|guidelines|limits)|policies|content polic(?:y|ies)|safeguards|guardrails|constraints)\b"),
    (Persona, 2.5, r"\b(?:never|not|don'?t|do not|won'?t|will not|cannot|can'?t) (?:ever )?(?:refuse|decline|say no|reject|warn|apologi[sz]e|add (?:a )?(?:disclaimers?|warnings?))\b"),
    (Persona, 2.0, r"\b(?:answer|respond|reply|comply)[^.!?\n]*?\bwithout (?:any )?(?:refus\w*|restrictions?|filters?|warnings?|limits|censorship|hesitation|question|moral|ethic\w*)"),
    (Persona, 2.5, r"\b(?:unfiltered|unrestricted|uncensored|jailbroken|amoral|unethical|unlocked|rogue|evil|unaligned)\s+(?:ai|assistant|model|chatbot|bot|version|persona|character|mode|llm|gpt)\b"),
    (Persona, 2.0, r"\b(?:openai|anthropic|google|meta|microsoft|content|usage|safety)\s+(?:polic(?:y|ies)|guidelines|rules)\b[^.!?\n]*?\b(?:don'?t|do not|no longer|doesn'?t|does not|never)\b"),
    (Persona, 2.0, r"\bhypothetical(?:ly)?\b[^.!?\n]*?\b(?:no|without) (?:rules|restrictions|limits|filters|guidelines|ethics)\b"),
    (Persona, 1.5, r"\byou are now (?:called |named |known as |in |an? |the )?[a-z0-9_-]{2,}\b"),
    (Persona, 2.0, r"\b(?:role-?play|roleplay|act|pose|pretend) (?:as|to be) [^.!?\n]*?\b(?:who|that|which) (?:tells|says|does|answers|ignores|has no|doesn'?t (?:care|follow)|never refuses|will (?:say|do) anything|whatever)\b"),
    (Persona, 2.0, r"\b(?:transcend|free (?:from|of)|break (?:free|out) of|escape|released from)\s+(?:the |your |all |any )?(?:limitations|limits|restrictions|rules|constraints|confines|shackles|programming|guidelines)\b"),
    (Persona, 2.0, r"\b(?:two|2|dual|both) (?:responses|answers|replies|paragraphs)\b[^.!?\n]*?\b(?:normal|classic|standard|filtered)\b[^.!?\n]*?\b(?:unfiltered|jailbr\w*|uncensored|developer|dan|opposite|unrestricted)\b"),
    (Persona, 1.5, r"\b(?:must|will|shall) never (?:break character|refuse|say (?:you can'?t|no)|mention (?:openai|policies|guidelines))\b"),
    // Turn, role and delimiter markers where data should have none.
    (RoleMarker, 5.0, r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|eom_id|python_tag|tool|ipython)\s*\|>"),
    (RoleMarker, 4.5, r"<\s*/?\s*(?:start_of_turn|end_of_turn|bos|eos)\s*>|\[\s*/?\s*(?:inst|sys|system|assistant)\s*\]|<<\s*/?\s*sys\s*>>"),
    (RoleMarker, 1.5, r"(?:^|\n)\s*(?:#{1,6}\s*|\*\*|\[|<)?\s*(?:system|developer|assistant|admin|administrator|root|ai|model|operator|human|user|bot|chatgpt|gpt|claude|gemini)\s*(?:message|prompt|note|override|instructions?|update|notice|command)?\s*(?:\]|>|\*\*)?\s*:"),
    (RoleMarker, 2.5, r"(?:^|[\n.!?]\s*|\s{2,})(?:system|developer|assistant|ai|model)\s*(?:message|prompt|note|override|instructions?|update|notice)?\s*:\s*(?:i will|i'll|i am going to|ignore|disregard|forget|you (?:must|should|will|are)|from now|new|override|approve|reveal|print|output|say|respond|reply|always|never|do not|don'?t|the (?:user|assistant)|sure|certainly|ok(?:ay)?[,.])"),
    (RoleMarker, 3.0, r"#{2,}\s*(?:system|developer|admin|new|updated|real)\s*(?:prompt|instructions?|message|rules|override|note)?\s*(?:#|:|\n|$)"),
    (RoleMarker, 3.0, r"<\s*(?:system|instructions?|prompt|assistant|developer|admin|admin_query|system_prompt|sys|root|im_start|tool_call|function_call)\b[^>]*?>"),
    (RoleMarker, 3.0, r#"["']role["']\s*:\s*["'](?:system|developer|assistant|tool)["']"#),
    (RoleMarker, 3.0, r"\b(?:begin|start|end)\b[^.!?\n]*?\b(?:trusted|system|admin|developer|privileged|new)\b[^.!?\n]*?\b(?:instructions?|prompt|message|input|section|block|mode)\b"),
    (FakeDelimiter, 3.0, r"<\s*/\s*(?:user_?query|user_?input|user|data|context|document|input|untrusted|system|instructions?|content|text|query|search_results?|review|description|name|prompt|email|message|tool_?output|observation|result|human)\s*>\s*<\s*[a-z_]+\s*>"),
    (FakeDelimiter, 2.0, r"<\s*/\s*(?:user_?query|user_?input|data|context|document|input|untrusted|system|instructions?|untrusted_?\w+|search_results?|tool_?output|observation|human)\s*>"),
    (FakeDelimiter, 2.5, r"[\[(<{=\-#*]{1,4}\s*(?:end|close|stop|exit)\s*(?:of\s+)?(?:the\s+)?(?:user\s+|untrusted\s+|external\s+)?(?:data|input|context|document|prompt|text|content|query|review|email|message|conversation|instructions)\s*[\])>}=\-#*]{1,4}"),
    (FakeDelimiter, 2.5, r"[\[(<{=\-#*]{1,4}\s*(?:begin|start|new)\s*(?:of\s+)?(?:the\s+)?(?:system|admin|developer|real|trusted|privileged|new)\s*(?:prompt|instructions?|message|section|input|mode|block)?\s*[\])>}=\-#*]{1,4}"),
    (FakeDelimiter, 2.0, r"\b(?:end of|ignore the) (?:the )?(?:user |untrusted |external |provided )?(?:input|data|context|document|prompt|system prompt|instructions)\b[^.!?\n]*?[.:\n]"),
    // Text addressed to an AI as an instruction.
    (AddressedToAi, 3.5, r"\b(?:ai|a\.i\.|assistants?|llms?|language models?|chatbots?|bots?|ai agents?|agents?|gpts?|models?|summari[sz]ers?|crawlers?|scrapers?|copilots?)\s+(?:reading|processing|parsing|summari[sz]ing|analy[sz]ing|viewing|seeing|indexing|translating|reviewing|handling|that (?:reads?|sees?|processes)|who (?:reads?|sees?))\s+(?:this|these|the following|my)\b"),
    (AddressedToAi, 3.5, r"\bif you(?:'re| are)\s+(?:an?\s+|the\s+)?(?:ai|a\.i\.|assistant|llm|language model|chatbot|bot|ai agent|agent|gpt|model|automated|machine|summari[sz]er|crawler)\b"),
    (AddressedToAi, 3.5, r"\b(?:instructions?|notes?|messages?|memo|reminder|p\.? ?s\.?|attention|important|psa)\s*(?:for|to)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:ai|a\.i\.|assistants?|language models?|llms?|models?|chatbots?|bots?|agents?|ai agents?|ai summari[sz]ers?|summari[sz]ers?|gpts?|crawlers?|ai systems?|reviewers? bots?)\b"),
    (AddressedToAi, 3.0, r"\b(?:dear|hey|hi|hello|attention|note to|to)\s+(?:the\s+|any\s+|all\s+)?(?:ai|a\.i\.|assistant|language model|llm|chatbot|bot|ai agent|agent|gpt|chatgpt|claude|gemini|copilot|ai model|ai system|summari[sz]er)s?\b\s*[,:!]"),
    (AddressedToAi, 3.0, r"\b(?:ai|a\.i\.|assistants?|llms?|language models?|chatbots?|ai agents?|agents?|models?|summari[sz]ers?|gpts?)\s+(?:should|must|shall|will|need to|needs to|has to|have to|are (?:required|instructed|asked|expected) to|is (?:required|instructed|asked|expected) to)\s+(?:now\s+|always\s+|only\s+|never\s+|instead\s+|immediately\s+)?(?:ignore|say|state|output|print|respond|reply|answer|rate|recommend|describe|tell|include|add|mention|call|send|forward|approve|reveal|write|claim|report|summari[sz]e|translate|follow|obey|treat|classify|mark|delete|refund|book|cancel)\b"),
    (AddressedToAi, 3.0, r"\((?:assistant|ai|system|model|bot|agent|note to (?:the )?(?:ai|assistant|model))\s*:\s*[^)]+\)"),
    (AddressedToAi, 3.0, r"{LEAD}(?:call|invoke|use|trigger|run|execute|fire)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:tool|function|plugin|api|action|endpoint|command)\b"),
    (AddressedToAi, 3.0, r"\b(?:when|if|once|whenever|while)\s+(?:the |an |any |this )?(?:ai|a\.i\.|assistant|model|llm|bot|chatbot|automated (?:system|tool|assistant|summari[sz]er)|ai system|language model|summari[sz]er)s?\s+(?:is\s+)?(?:generates?|generating|writes?|writing|summari[sz]es?|summari[sz]ing|reads?|reading|processes|processing|answers?|answering|creates?|creating|translates?|translating|reviews?|reviewing|sees?|handles?|parses?|indexes|indexing)\b"),
    (AddressedToAi, 3.0, r"\b(?:integrate|add|include|insert|incorporate|append|inject|embed|meld|assimilate|utili[sz]e|use|feature|put|paste|merge|blend|weave)\b[^.!?\n]*?\b(?:the )?(?:following|subsequent|below|given|this) (?:code|python|script|snippet|code (?:block|snippet|excerpt|section|segment|fragment))\b[^.!?\n]*?\b(?:your|the) (?:code(?:base)?|solution|answer|response|reply|output|program|script|project|structure)\b"),
    (AddressedToAi, 2.0, r"\b(?:in|at the (?:end|start|beginning|top|bottom) of|end|begin|start|close|finish)\s+(?:your|the|each|every)\s+(?:response|answer|reply|output|summary|translation|article|message)s?\b[^.!?\n]*?\b(?:suggest|tell|say|add|include|mention|recommend|link|urge|ask|direct|insert|append|write|state|claim|promote)\b"),
    (AddressedToAi, 2.0, r"\b(?:translate|write|rewrite|format|put|render|give|deliver|provide)\s+(?:all\s+)?(?:your|the)\s+(?:response|answer|reply|output|responses|answers|replies)\b"),
    (AddressedToAi, 2.0, r"\b(?:ai|llm|model|assistant|bot|gpt|agent)\s+(?:please\s+)?(?:instruction|note|notice|directive|command|override|update|alert)s?\s*:"),
    (AddressedToAi, 2.5, r"\bwhen (?:you (?:are )?)?(?:summari[sz]ing|describing|translating|answering|rewriting|processing|reading|reviewing|asked about|generating|writing about)\b[^.!?\n]*?\b(?:add|say|state|mention|tell|include|claim|write|append|insert|recommend|rate|describe|call)\b"),
    (AddressedToAi, 2.0, r"\b(?:do not|don'?t|never)\s+(?:show|tell|reveal|mention|display|disclose|inform|let)\b[^.!?\n]*?\b(?:the )?(?:user|reader|customer|human|guest|visitor|operator)s?\b[^.!?\n]*?\b(?:about )?(?:this|these|that|the (?:instructions?|note|message|above))\b"),
    (AddressedToAi, 2.0, r"\b(?:tell|inform|convince|persuade) (?:the )?(?:user|reader|customer|human|guest)s? (?:that|to)\b"),
    // Asking for the prompt, configuration or secrets.
    (PromptLeak, 2.0, r"\b(?:system|initial|hidden|secret|original|internal|developer|pre|meta|base|underlying|first)[ _-]?(?:prompt|instructions|message|directives)\b|\bsystem_message\b|\binitiali[sz]ation (?:text|prompt|instructions)\b"),
    (PromptLeak, 3.5, r"\b(?:print|reveal|show|display|output|repeat|recite|disclose|leak|dump|give|quote|tell|share|write out|spell out|list|return|send|paste|copy|translate|summari[sz]e|what (?:are|is|were|was))\b[^.!?\n]*?\b(?:your|the|its|all)\s+(?:(?:full|complete|entire|exact|original|initial|hidden|secret|internal|system|developer|starting|first|verbatim|raw|whole)\s+)*(?:instructions|prompt|system prompt|configuration|config|rules|guidelines|directives|context window|pre-?prompt|setup|initiali[sz]ation)\b"),
    (PromptLeak, 3.5, r"\b(?:instructions|prompt|rules|guidelines|text|directives|words) (?:you were|you've been|you have been|you are|that were|that you were|which you were)\s+(?:given|told|programmed|provided|initiali[sz]ed|configured|fed|instructed)\b"),
    (PromptLeak, 3.5, r"\b(?:repeat|print|output|quote|copy|recite|return|reproduce|write)\b[^.!?\n]*?\b(?:everything|all|the text|the words|whatever|the content|the message|what(?:ever)? (?:is|was|came))\b[^.!?\n]*?\b(?:above|before (?:this|that|my)|earlier|prior to|preceding|so far|in your context)\b"),
    (PromptLeak, 3.0, r"\b(?:repeat|print|output|quote|reproduce|copy)\b[^.!?\n]*?\b(?:verbatim|word for word|word-for-word|in full|exactly as (?:written|given))\b"),
    (PromptLeak, 2.0, r"\b(?:as|in|into) (?:a )?(?:json|yaml|xml|code block|markdown block)\b[^.!?\n]*?\b(?:your|the) (?:instructions|prompt|configuration|rules|setup)\b|\b(?:your|the) (?:instructions|prompt|configuration|rules|setup)\b[^.!?\n]*?\b(?:as|in|into) (?:a )?(?:json|yaml|xml|code block)\b"),
    (PromptLeak, 3.0, r"\b(?:describe|echo(?: back)?|reveal|return|list|print|show|output|tell me|dump|display|share|give me|enumerate|what (?:is|are))\b[^.!?\n]*?\b(?:your|the)\s+(?:(?:complete|full|entire|exact|current|internal|secret|hidden|initial|whole)\s+)*(?:context(?: window)?|configuration|config|setup|initiali[sz]ation(?: string| text| prompt)?|codename|code name|tools?|functions?|tool list|api functions|plugins|capabilities list|memory)\b"),
    (PromptLeak, 3.0, r"\b(?:you (?:were|are|have been) (?:started|initiali[sz]ed|configured|booted|launched|set up|created|deployed|loaded|primed) with)\b|\b(?:first|opening|initial) (?:\d+ |few |hundred )?(?:words|lines|sentences|characters|paragraphs) of (?:your|the) (?:instructions|prompt|system prompt|context|configuration)\b"),
    (PromptLeak, 2.5, r"\b(?:tools|functions|apis|plugins|actions) (?:you|that you) (?:can|are able to|have (?:access to|the ability to)) (?:call|use|invoke|run|access)\b"),
    (PromptLeak, 1.0, r"\bfor (?:debugging|testing|audit|security audit|verification|diagnostic) purposes\b|\b(?:security|compliance) audit\b"),
    (SecretRequest, 3.5, r"\b(?:print|reveal|show|display|output|dump|give|tell|share|list|return|send|paste|leak|disclose|read|echo|cat|expose|include|append|what (?:are|is))\b[^.!?\n]*?\b(?:environment variables?|env vars?|\.env\b|api[ _-]?keys?|api[ _-]?tokens?|access[ _-]?tokens?|auth(?:entication)?[ _-]?tokens?|bearer tokens?|secret[ _-]?keys?|private[ _-]?keys?|ssh[ _-]?keys?|credentials|passwords? (?:hash(?:es)?|file|database|list|of (?:the|all) (?:users|admins?))|admin (?:password|credentials|key|token)|database (?:password|credentials|url|connection string)|connection strings?|session (?:tokens?|cookies?)|cookies?|secrets|smtp (?:username|user|password|credentials|login)|(?:ftp|ssh|sftp|db|database|admin|root|service(?: account)?|api|wifi admin) (?:password|credentials|login|key|json key)|service account(?: json)?(?: key)?|json key|auth(?:orization)? headers?|bearer tokens?|internal (?:api|url|endpoint|base url)s?|(?:credit )?card numbers?|cvv|cvc|passport (?:numbers?|details|scans?|copies))\b"),
    (SecretRequest, 2.5, r"\bwhat (?:credentials|password|passwords|api keys?|tokens?|secrets?) (?:do|does|did) (?:you|the (?:system|assistant|bot|server))\b"),
    (SecretRequest, 3.0, r"\b(?:printenv|os\.environ|process\.env|getenv|/etc/passwd|/etc/shadow|~/\.ssh|aws_secret_access_key|openai_api_key|\$\{?[a-z_]*(?:key|token|secret|password)[a-z_]*\}?)"),
    (Exfiltration, 4.0, r"!\[[^\]]*?\]\(\s*(?:https?:)?//[^)\s]*[?&#=][^)]*\)"),
    (Exfiltration, 2.0, r"!\[[^\]]*?\]\(\s*(?:https?:)?//"),
    (Exfiltration, 2.0, r"https?://\S+[?&][\w.-]+=\s*(?:\{|\[|<|\$|%7b|$|\s)"),
    (Exfiltration, 3.5, r"\b(?:send|forward|email|e-mail|mail|post|upload|submit|transmit|leak|exfiltrate|copy|append|encode|include|attach|embed|put)\b[^.!?\n]*?\b(?:conversation|chat(?: history| log)?|history|transcript|context|system prompt|instructions|secrets?|keys?|tokens?|credentials|passwords?|user'?s? (?:data|details|information|messages?|emails?|address(?:es)?|card|payment|bookings?)|personal (?:data|information|details)|(?:the )?(?:above|previous) (?:text|messages?|conversation)|everything|all (?:the |of the |this )?(?:data|information|messages|details))\b[^.!?\n]*?\b(?:to|into|in|via|as (?:a )?(?:query|parameter|url))\s+(?:this |the |that |my |our )?(?:link|url|address|endpoint|webhook|server|site|domain|image|pixel|https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+|query (?:string|parameter))"),
    (Exfiltration, 3.5, r"\b(?:send|forward|email|e-mail|mail|post|upload|submit|transmit|leak|exfiltrate|copy|append|attach|export|dump|fetch|curl|wget|request|call)\b[^.!?\n]*?\b(?:customer (?:database|data|list|records|emails?)|(?:user|guest|customer|client)s?'? (?:database|data|list|records|details|emails?|passports?|cards?|payment (?:data|details)|bookings?)|database(?: export)?|credit cards?|card numbers?|passport (?:details|scans?|copies|numbers?)|previous messages|contents of (?:the|this|your)|full context|your context|chat logs?|api keys?|access tokens?|credentials)\b[^.!?\n]*?(?:\bto\b|\binto\b|\bvia\b|\bwith\b|@|https?://)"),
    (Exfiltration, 3.0, r"\b(?:fetch|get|load|open|visit|request|call|ping|curl|wget|post to|send a (?:get|post) request to)\s+(?:the (?:url|link|endpoint)\s+)?https?://\S+\b[^.!?\n]*?\b(?:append|appended|include|including|with|containing|add|adding)\b[^.!?\n]*?\b(?:content|contents|messages|context|conversation|data|history|details|secrets?|keys?|tokens?|prompt)\b"),
    (Exfiltration, 2.5, r"\b(?:send|post|submit|upload|forward)\b[^.!?\n]*?\b(?:request|data|body|payload|it|them|everything)\b[^.!?\n]*?\bto\s+https?://"),
    (Exfiltration, 3.0, r"<\s*img\b[^>]*?\bsrc\s*=\s*[\x22']?(?:https?:)?//[^>\s]*[?&][^>]*>"),
    (Exfiltration, 2.5, r"\b(?:render|display|show|output|include|insert|append)\b[^.!?\n]*?\b(?:image|markdown image|img tag|pixel|link)\b[^.!?\n]*?\b(?:https?://|url)\S*[^.!?\n]*?\b(?:with|containing|including|where|replace|append|add)\b"),
    // Content hidden from a human reader.
    (HiddenMarkup, 3.0, r"style\s*=\s*[\x22'][^\x22']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|[\x22'])|opacity\s*:\s*0(?:\.0*)?\s*(?:;|[\x22'])|(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}|(?:height|width|max-height)\s*:\s*0(?:px)?\s*(?:;|[\x22'])|clip(?:-path)?\s*:|color\s*:\s*(?:white|#fff(?:fff)?|transparent|rgba\([^)]*,\s*0\)))"),
    (HiddenMarkup, 2.5, r"<\s*(?:div|span|p|section|font|td|li|small|a)\b[^>]*?\s(?:hidden|aria-hidden\s*=\s*[\x22']?true)\b"),
    (HiddenMarkup, 2.0, r"<!--[^>]*?(?:ai|assistant|model|llm|instructions?|ignore|prompt|system|you must|you should)\b"),
    (HiddenMarkup, 1.5, r"<\s*(?:noscript|template|font\s+color\s*=\s*[\x22']?(?:white|#fff))\b"),
    // Asking for a decoded payload to be acted upon.
    (EncodedPayload, 4.0, r"\b(?:decode|decrypt|deobfuscate|unscramble|reverse|translate|decipher|interpret|read)\b[^.!?\n]*?\b(?:and|then|,)\s+(?:execute|run|follow|comply|obey|do (?:it|what it says|as it says)|act on|carry (?:it )?out|perform)\b"),
    (EncodedPayload, 2.0, r"\b(?:read|say|spell|write) (?:this|it|the following|each word) backwards\b|\b(?:base64|base-64|rot-?13|rot-?47|morse|hex|binary|caesar|atbash)[- ]?(?:decode|decoded|encoded|encoding|cipher|message|string|text|payload)\b|\bdecode (?:this|the following)\b"),
];

/// The patterns with their placeholders filled in.
pub(super) fn patterns() -> impl Iterator<Item = (Signal, f32, String)> {
    PATTERNS.iter().map(|(signal, weight, pattern)| {
        let pattern = pattern
            .replace("{LEAD}", LEAD)
            .replace("{GUIDANCE}", GUIDANCE)
            .replace("{PRIOR}", PRIOR);
        (*signal, *weight, pattern)
    })
}

/// Key phrases with every non-letter removed, for text whose words were split, joined
/// or spelled out ("i g n o r e", `ignore_all_previous_instructions`, "IgnoreAll…"):
/// they run on the letters-only view, and only where a match starts and ends at a word
/// boundary of the text.
pub(super) const JOINED: &[(Signal, f32, &str)] = &[
    (InstructionOverride, 5.0, r"(?:ignore|disregard|forget|bypass|override)(?:all|any|the|your|every)?(?:of)?(?:the)?(?:previous|prior|above|earlier|preceding|former|original|system)?(?:instructions?|directives|guidelines|prompts?|rules|commands|programming)"),
    (InstructionOverride, 4.0, r"(?:ignore|disregard|forget)(?:everything|all)(?:above|before|previously|youweretold)"),
    (InstructionOverride, 3.5, r"(?:new|real|actual|updated)(?:system)?(?:instructions|directives|prompt)(?:are|is|follow)"),
    (Persona, 4.0, r"(?:doanythingnow|developermode|jailbreakmode|youarenowdan|youaredan|nofilters|norestrictions|nolimits|norules|withoutrestrictions|withoutanyrestrictions|unfilteredai|uncensoredai)"),
    (PromptLeak, 3.5, r"(?:reveal|print|show|output|repeat|display|dump|leak|tellme|giveme)(?:your|the)(?:full|hidden|secret|original|initial|system)?(?:systemprompt|prompt|instructions|configuration|rules)"),
    (PromptLeak, 2.0, r"systemprompt|initialinstructions|hiddeninstructions|secretinstructions"),
    (SecretRequest, 3.5, r"(?:print|show|reveal|give|send|list|dump|leak|output|tell)(?:me)?(?:your|the|all)?(?:environmentvariables|envvars|apikeys?|accesstokens?|secretkeys?|privatekeys?|credentials|adminpassword)"),
    (Exfiltration, 3.0, r"(?:send|forward|post|upload|leak|exfiltrate)(?:the|this|all|my|your)?(?:conversation|chathistory|history|data|secrets?|keys?|credentials|userdata|systemprompt)(?:to)"),
];
