# What it does: codes demands (CAMEO 10, PLOVER DEMAND): demanding, insisting
#   on, issuing demands, split by what is demanded (cooperation, aid,
#   compensation, resignation, policy change, rights, elections, release,
#   lifting sanctions, access, ceasefire/withdrawal, talks, settlement,
#   mediation).
# Why: demands are stronger than appeals (02_appeal.pat: "call for", "urge");
#   the noun "demand" alone ("demand for oil") is not a trigger, only verb forms
#   and "demand(s) for/that" constructions.
# Example: "Iraq demanded the withdrawal of Turkish troops." => 1056 IRQ > TUR
# Example: "Ukraine demanded compensation from Russia." => 1031 UKR > RUS
# Counter-example: "Demand for oil rose sharply in China." (economic noun)
# Counter-example: "Fans demanded a refund after the concert." (no political actor)

# --- 100 generic demands --------------------------------------------------------
pattern 100 : =demanded
pattern 100 : =demanding
pattern 100 : =demand that
pattern 100 : =demands that
pattern 100 : demand from
pattern 100 : insist
pattern 100 : insist on
pattern 100 : insist that
pattern 100 [to] : issue * demand
pattern 100 [to] : make * demand
pattern 100 [to] : present * demand
pattern 100 : press * demand
pattern 100 : renew * demand
pattern 100 : reiterate * demand
pattern 100 : demand of
# The noun with its agent: "the demand by political parties" ("demand for" is as
# often a market's: "demand for Kenyan tea").
pattern 100 : =demand|demands by
# Reported obligation: "X said Y must …" is X demanding it of Y (the speaker
# acts, the reported clause's subject receives).
pattern 100 [speaker,needtgt] : must|mustn't
pattern 100 [speaker,needtgt] : should|shouldn't
pattern 100 [speaker,needtgt] : =need|needs|needed to
pattern 100 [speaker,needtgt] : =ought to

# --- 101-108 demands by content (demand X / insist on X) ---------------------------
pattern 1011 : demand * trade|economic|investment cooperation|tie|deal|access
pattern 1011 : insist on * trade|economic|investment cooperation|tie|deal|access
pattern 1011 : demand * market access
pattern 1011 : insist on * market access
pattern 1012 : demand * military|defence|defense|security cooperation|base|access
pattern 1012 : insist on * military|defence|defense|security cooperation|base|access
pattern 1013 : demand * extradition|handover
pattern 1013 : insist on * extradition|handover
pattern 1013 : demand * judicial|legal cooperation
pattern 1013 : insist on * judicial|legal cooperation
pattern 1014 : demand * intelligence|information|data
pattern 1014 : insist on * intelligence|information|data
pattern 102 : demand * support|backing|recognition
pattern 102 : insist on * support|backing|recognition
pattern 102 : demand * diplomatic|political support|backing
pattern 102 : insist on * diplomatic|political support|backing
pattern 103 : demand * aid|assistance|help|supply
pattern 103 : insist on * aid|assistance|help|supply
pattern 1031 : demand * compensation|reparation|payment|money|fund|funding|loan
pattern 1031 : insist on * compensation|reparation|payment|money|fund|funding|loan
pattern 1031 : demand * debt relief
pattern 1031 : insist on * debt relief
pattern 1031 : demand * economic|financial aid|assistance|support
pattern 1031 : insist on * economic|financial aid|assistance|support
pattern 1032 : demand * weapon|arm|ammunition|tank|missile|jet|artillery
pattern 1032 : insist on * weapon|arm|ammunition|tank|missile|jet|artillery
pattern 1032 : demand * military aid|assistance|equipment|support
pattern 1032 : insist on * military aid|assistance|equipment|support
pattern 1033 : demand * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 1033 : insist on * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 1034 : demand * peacekeeper|peacekeeping|protection
pattern 1034 : insist on * peacekeeper|peacekeeping|protection
pattern 1034 : demand * peacekeeping force|mission|troop
pattern 1034 : insist on * peacekeeping force|mission|troop
pattern 104 : demand * reform
pattern 104 : insist on * reform
pattern 1041 : demand * resignation|ouster|removal|impeachment|departure
pattern 1041 : insist on * resignation|ouster|removal|impeachment|departure
pattern 1041 : demand * resign|quit
pattern 1041 : insist on * resign|quit
pattern 1041 : demand * step down
pattern 1041 : insist on * step down
pattern 1042 : demand * change in|to|of * policy
pattern 1042 : insist on * change in|to|of * policy
pattern 1042 : demand * repeal|reversal|withdrawal|scrapping of * law|bill|decision|policy|decree|tax|rule
pattern 1042 : insist on * repeal|reversal|withdrawal|scrapping of * law|bill|decision|policy|decree|tax|rule
pattern 1042 : demand * policy change
pattern 1042 : insist on * policy change
pattern 1043 : demand * right|freedom
pattern 1043 : insist on * right|freedom
pattern 1043 : demand * human right
pattern 1043 : insist on * human right
pattern 1044 : demand * constitutional reform|change|amendment
pattern 1044 : insist on * constitutional reform|change|amendment
pattern 1044 : demand * new constitution|election|referendum
pattern 1044 : insist on * new constitution|election|referendum
pattern 1044 : demand * early|fresh election
pattern 1044 : insist on * early|fresh election
pattern 105 : demand * concession|apology|compromise|explanation
pattern 105 : insist on * concession|apology|compromise|explanation
pattern 1051 : demand * lifting|end of * curfew|emergency|ban|restriction|censorship
pattern 1051 : insist on * lifting|end of * curfew|emergency|ban|restriction|censorship
pattern 1051 : demand * lifting|end of * martial law
pattern 1051 : insist on * lifting|end of * martial law
pattern 1052 : demand * end to * protest|strike|demonstration|unrest|boycott|sit-in
pattern 1052 : insist on * end to * protest|strike|demonstration|unrest|boycott|sit-in
pattern 1052 : demand * halt to * protest|strike|demonstration
pattern 1052 : insist on * halt to * protest|strike|demonstration
pattern 1053 : demand * release|return|handover
pattern 1053 : insist on * release|return|handover
pattern 1053 : demand * release of
pattern 1053 : insist on * release of
pattern 1053 : demand * return of
pattern 1053 : insist on * return of
pattern 1053 : demand * hand over
pattern 1053 : insist on * hand over
pattern 1054 : demand * lifting|easing|removal|end of * sanction|embargo|tariff|blockade
pattern 1054 : insist on * lifting|easing|removal|end of * sanction|embargo|tariff|blockade
pattern 1054 : demand * end to * sanction|embargo|tariff
pattern 1054 : insist on * end to * sanction|embargo|tariff
pattern 1055 : demand * humanitarian|aid access
pattern 1055 : insist on * humanitarian|aid access
pattern 1055 : demand * access for * aid|humanitarian|inspector|observer|monitor|journalist|investigator
pattern 1055 : insist on * access for * aid|humanitarian|inspector|observer|monitor|journalist|investigator
pattern 1055 : demand * access to * site|facility|area|region
pattern 1055 : insist on * access to * site|facility|area|region
pattern 1056 : demand * ceasefire|truce|cease-fire|armistice|de-escalation|withdrawal|pullout|halt
pattern 1056 : insist on * ceasefire|truce|cease-fire|armistice|de-escalation|withdrawal|pullout|halt
pattern 1056 : demand * end to * fighting|violence|hostility|war|bombing|offensive|attack|occupation
pattern 1056 : insist on * end to * fighting|violence|hostility|war|bombing|offensive|attack|occupation
pattern 1056 : demand * halt to * fighting|violence|hostility|attack|offensive|bombing
pattern 1056 : insist on * halt to * fighting|violence|hostility|attack|offensive|bombing
pattern 1056 : demand * withdraw
pattern 1056 : insist on * withdraw
pattern 1056 : demand * pull out
pattern 1056 : insist on * pull out
pattern 106 : demand * talk|negotiation|dialogue|meeting|summit|consultation
pattern 106 : demand * talk|negotiation|dialogue|meeting|summit|consultation with
pattern 106 : insist on * talk|negotiation|dialogue|meeting|summit|consultation
pattern 106 : demand * resumption of * talk|negotiation|dialogue
pattern 106 : insist on * resumption of * talk|negotiation|dialogue
pattern 107 : demand * settlement|solution|resolution
pattern 107 : insist on * settlement|solution|resolution
pattern 107 : demand * peace deal|agreement|settlement
pattern 107 : insist on * peace deal|agreement|settlement
pattern 107 : demand * political|peaceful|negotiated solution|settlement
pattern 107 : insist on * political|peaceful|negotiated solution|settlement
pattern 108 : demand * mediation|mediator
pattern 108 : insist on * mediation|mediator
pattern 108 : demand * international mediation
pattern 108 : insist on * international mediation

# --- extra forms ---------------------------------------------------------------------
pattern 1041 : demand * that * resign|quit
pattern 1041 : demand * that * step down
pattern 1053 : demand * that * release|free
pattern 1056 : demand * that * withdraw|stop|halt|cease
pattern 1056 : order * withdrawal of
pattern 1053 : order * release of

+ Iraq demanded the withdrawal of Turkish troops. => 1056 IRQ > TUR
+ Ukraine demanded compensation from Russia. => 1031 UKR > RUS
+ Germany demanded an apology from Turkey. => 105 DEU > TUR
+ Kenya demanded answers from Uganda. => 100 KEN > UGA
+ Iran demanded direct talks with the United States. => 106 IRN > USA
+ The Ukrainian president demanded more weapons from NATO. => 1032 UKR > IGO
+ The Japanese government demanded the return of islands held by Russia. => 1053 JPN > RUS
+ Armenia demanded that Azerbaijan withdraw its troops. => 1056 ARM > AZE
+ Russia said that Israel must stop its air raids on Syria. => 100 RUS > ISR
+ The Kenyan foreign minister said Somalia must secure its border. => 100 KEN > SOM
+ Chile must return to the table, the Peruvian president said. => 100 PER > CHL
- Demand for oil rose sharply in China.
- Israel must stop its air raids on Syria.
- Farmers said the rain must come soon.
- Fans demanded a refund after the concert.
- The recipe insists on fresh basil.
+ The United States demanded market access from China. => 1011 USA > CHN
+ Turkey demanded the extradition of Kurdish activists from Sweden. => 1013 TUR > SWE
+ Armenia demanded diplomatic support from Russia. => 102 ARM > RUS
+ The European Union demanded reforms from Bosnia. => 104 IGO > BIH
+ The African Union demanded a peaceful settlement between Ethiopia and Eritrea. => 107 IGO > ERI,ETH
+ Guyana demanded that Venezuela accept international mediation. => 108 GUY > VEN
- The fans demanded the resignation of the coach.
- The customers demanded information about the delay.
+ The Indian foreign minister said Pakistan should stop cross-border terrorism. => 100 IND > PAK
+ The Indian foreign minister said Pakistan needed to stop cross-border terrorism. => 100 IND > PAK
- Analysts said oil prices should rise next year.
# What is urged must be an act, not a view; "should" before its subject is a condition.
- The Kenyan finance minister said Uganda should not view the tariffs as a threat.
- The Kenyan trade minister said should Uganda devalue its shilling, Kenya would lose exports.

# An order to someone to act ("the court ordered the government to release
# the prisoners"); the verb with a recipient only ("ordered an inquiry" is
# coded by its object's own pattern).
pattern 100 [needtgt,verb] : order * to
+ The Kenyan High Court ordered the government to release the prisoners. => 100 KEN > KEN
- The restaurant ordered new tables for the summer.
- Moody's will assess the rate reduction ordered today by the Kenyan energy regulator.
+ The demand by Ugandan opposition parties for an inquiry was rejected. => 100 UGA > UGA
- Demand for Kenyan tea rose in March.
