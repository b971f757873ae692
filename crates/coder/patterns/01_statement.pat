# What it does: codes public statements (CAMEO 01, PLOVER statement-like verbal
#   acts): declining comment, pessimistic and optimistic remarks, considering
#   options, claiming responsibility, denials, symbolic acts, condolences and
#   expressions of accord.
# Why: statements are frequent; the sub-codes need the explicit content word
#   ("optimism", "condolences", "responsibility"). A bare "say" is deliberately
#   not a pattern: nearly every news sentence contains it.
# Example: "The French president offered condolences to Turkey." => 018 FRA > TUR
# Example: "Pakistan denied involvement in the attack." => 016 PAK > -
# Counter-example: "The striker expressed confidence ahead of the final." (sports)
# Counter-example: "The judge denied the motion." (no political actor)

# --- 010 statement --------------------------------------------------------------
pattern 010 [notgt] : issue * statement
pattern 010 [notgt] : release * statement
pattern 010 [notgt] : make * statement
pattern 010 [notgt] : publish * statement
pattern 010 [notgt] : release * report|video|figure|footage|document|detail|photo|image|data|transcript|statistics|list|result|plan|budget
pattern 010 [notgt] : publish * report|figure|footage|document|detail|photo|image|data|transcript|statistics|list|result
pattern 010 [notgt] : hold * press|news conference|briefing
pattern 010 : comment on
pattern 010 : remark on
pattern 010 : announce
pattern 010 : declare
pattern 010 : reiterate
pattern 010 : insist
pattern 010 : emphasize|emphasise
pattern 010 : underline
pattern 010 : address * parliament|assembly|session|summit|conference|nation|rally
pattern 010 : write * letter to
pattern 010 : send * letter|message to
pattern 010 : speak at
pattern 010 : testify before
pattern 010 : brief * on

# --- 011 decline comment -----------------------------------------------------------
pattern 011 : decline to comment
pattern 011 : decline to comment on
pattern 011 : refuse to comment
pattern 011 : refuse to comment on
pattern 011 : decline * comment
pattern 011 : decline to * confirm|say|elaborate
pattern 011 : refuse to * confirm|elaborate
pattern 011 : would not comment
pattern 011 : =declined to be drawn

# --- 012 pessimistic comment ---------------------------------------------------------
pattern 012 : express * pessimism|concern|doubt|fear|worry|alarm|dismay
pattern 012 : voice * pessimism|concern|doubt|fear|worry|alarm|skepticism|scepticism
pattern 012 : raise * concern|doubt|fear
pattern 012 : pessimistic about
pattern 012 : gloomy about
pattern 012 : cast * doubt on
pattern 012 : play down * hope|chance|prospect
pattern 012 : dampen * hope|expectation
pattern 012 : rule out * breakthrough|progress
pattern 012 : =concerned about|over|by
pattern 012 : =worried about|over|by
pattern 012 : =alarmed by|at|over
pattern 012 : warn of * crisis|collapse|catastrophe|famine|recession|disaster|war

# --- 013 optimistic comment --------------------------------------------------------------
pattern 013 : express * optimism|confidence|hope
pattern 013 : voice * optimism|confidence|hope
pattern 013 : optimistic about|that|on
pattern 013 : confident that|of|about
pattern 013 : hopeful about|that|of
pattern 013 : upbeat about|on
pattern 013 : reassure
pattern 013 : assure
pattern 013 : raise * hope
pattern 013 : express * satisfaction with
pattern 013 : =satisfied with
pattern 013 : see * progress

# --- 014 consider policy option ----------------------------------------------------------
pattern 014 : consider * option|proposal|plan|request|measure|move|sanction|step|offer|bid|response|possibility
pattern 014 : weigh * option|proposal|sanction|response|plan|move|offer|request
pattern 014 : study * proposal|option|plan|request|offer
pattern 014 : review * policy|option|relation|tie|proposal|request|offer|decision
pattern 014 : mull
pattern 014 : mull over
pattern 014 : contemplate
pattern 014 : explore * option|possibility|way
pattern 014 : examine * proposal|request|offer|option
pattern 014 : look into * possibility|option
pattern 014 : deliberate on|over
pattern 014 : debate * proposal|bill|plan|measure
pattern 014 : assess * option|situation

# --- 015 claim responsibility, admit --------------------------------------------------------
pattern 015 : claim * responsibility
pattern 015 : claim * responsibility for
pattern 015 : admit
pattern 015 : acknowledge * responsibility|role|mistake|error|wrongdoing|failure|involvement
pattern 015 : take * responsibility
pattern 015 : accept * responsibility|blame
pattern 015 : concede * error|mistake|defeat
pattern 015 : retract * statement|claim|remark
pattern 015 : own up to
pattern 015 : confess

# --- 016 deny -------------------------------------------------------------------------------
pattern 016 : deny
pattern 016 : deny * involvement|responsibility|role|charge|allegation|claim|report|accusation|wrongdoing|link
pattern 016 : reject * accusation|allegation|charge|claim|criticism|report
pattern 016 : dismiss * accusation|allegation|charge|claim|report|criticism
pattern 016 : rebut
pattern 016 : refute
pattern 016 : dispute * claim|allegation|account|report
pattern 016 : brush off * criticism|accusation|allegation
pattern 016 : brush aside * criticism|accusation|allegation
pattern 016 : deny * accusation by|from
pattern 016 : call * allegation|accusation|claim|charge * baseless|groundless|false|absurd

# --- 017 symbolic act -----------------------------------------------------------------------------
pattern 017 [notgt] : hold * vigil
pattern 017 [notgt] : lay * wreath
pattern 017 [notgt] : attend * funeral|ceremony|commemoration|memorial|parade|inauguration|coronation
pattern 017 [notgt] : observe * minute|moment of silence
pattern 017 [notgt] : observe * silence
pattern 017 [notgt] : commemorate
pattern 017 [notgt] : mark * anniversary
pattern 017 [to] : pay * respect
pattern 017 [notgt] : light * candle
pattern 017 [notgt] : lower * flag
pattern 017 [notgt] : fly * flag at half-mast
pattern 017 [notgt] : hold * ceremony|commemoration|memorial|parade
pattern 017 [notgt] : unveil * memorial|monument|plaque|statue
pattern 017 [notgt] : plant * tree
pattern 017 [notgt] : declare * day of mourning
pattern 017 [notgt] : raise * flag

# --- 018 empathetic comment ------------------------------------------------------------------------
pattern 018 [to] : express * condolence|sympathy|sympathies|sorrow|grief|sadness
pattern 018 [to] : offer * condolence|sympathy|sympathies
pattern 018 [to] : extend * condolence|sympathy|sympathies
pattern 018 [to] : send * condolence|sympathy|sympathies
pattern 018 [to] : convey * condolence|sympathy|sympathies
pattern 018 : condolence to
pattern 018 : sympathize|sympathise with
pattern 018 : mourn
pattern 018 [with] : express * understanding
pattern 018 : offer * prayer for

# --- 019 express accord ------------------------------------------------------------------------------
pattern 019 : agree with
pattern 019 : concur with
pattern 019 [sym] : see eye to eye
pattern 019 [sym] : reach * consensus
pattern 019 [sym] : reach * common understanding|ground
pattern 019 [sym] : find * common ground
pattern 019 [sym] : express * agreement|accord|consensus
pattern 019 [sym] : share * view|position|concern|stance|vision
pattern 019 [sym] : have * common|shared|identical|similar * position|view|understanding|stance
pattern 019 [sym] : agree that
pattern 019 [sym] : agree on * need
pattern 019 : echo * view|position|call|concern|sentiment|stance
pattern 019 : side with * view|position

+ The Indian foreign ministry declined to comment on the report. => 011 IND > -
+ The Japanese prime minister expressed optimism about the economy. => 013 JPN > -
+ Pakistan denied involvement in the bombing. => 016 PAK > -
+ The British prime minister laid a wreath in Kyiv. => 017 GBR > -
+ The French president offered condolences to Turkey after the earthquake. => 018 FRA > TUR
+ Germany agreed with France on the need for reform. => 019 DEU > FRA
+ The Israeli military claimed responsibility for the strike. => 015 ISR > -
+ Washington is considering new sanctions against Moscow. => 014 USA > RUS
+ South Korea expressed concern over North Korean missile tests. => 012 KOR > PRK
+ The Chinese foreign ministry issued a statement on Monday. => 010 CHN > -
- The striker expressed confidence ahead of the final.
- The novel's hero denied everything in the final chapter.
- Fans held a vigil outside the stadium.
- The museum declined to comment on the theft.
- The report expressed doubts about the quarterly results.
