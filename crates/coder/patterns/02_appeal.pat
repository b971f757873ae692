# What it does: codes appeals and requests (CAMEO 02, PLOVER appeal-type
#   verbal acts): calls for, urging, asking, requesting, pleading, proposing and
#   inviting, split by what is asked for (cooperation, aid, reform, release,
#   lifting sanctions, ceasefire, talks, settlement, mediation).
# Why: appeals are among the most frequent verbal events; they are softer than
#   demands (CAMEO 10: "demand", "insist", "order"), which live in 10_demand.pat.
# Example: "The United Nations called for a ceasefire in Yemen." => 0256 IGO > -
# Example: "Sri Lanka requested financial aid from Japan." => 0231 LKA > JPN
# Counter-example: "Investors are calling for higher dividends." (no political actor)
# Counter-example: "The referee asked the players to calm down." (sports)

# --- 020 generic appeals ---------------------------------------------------------
# Bare verbs of asking are events only with an addressee (needtgt): "asked Iran to", not
# "asked about prices" or "seeking a board seat".
pattern 020 : call on|upon
pattern 020 : call for
pattern 020 [needtgt] : urge
pattern 020 : appeal to
pattern 020 : appeal for
pattern 020 [needtgt] : appeal
pattern 020 [needtgt] : ask
pattern 020 : ask for
pattern 020 [needtgt] : request
pattern 020 : plead with
pattern 020 : plead for
pattern 020 [needtgt] : implore
pattern 020 [needtgt] : beseech
pattern 020 [needtgt] : exhort
pattern 020 [needtgt] : encourage
# "Warned X against doing Y" urges X not to: an appeal, not a threat.
pattern 020 : warn against
pattern 020 [hasobj] : warn * against
pattern 020 [next] : propose
pattern 020 [needtgt] : suggest
pattern 020 [needtgt] : recommend
pattern 020 [needtgt] : advise
# Wanting a person or body to act is asking them ("wanted the VHP not to violate the
# order", "wanted Desai to lay the blame").
pattern 020 [next] : =want|wants|wanted
# Publicly arguing for a course ("advocated a peaceful resolution").
pattern 020 [hasobj] : advocate
pattern 020 [needtgt] : seek
# Asking for what only an authority or a party can give is an appeal with or without
# an addressee ("sought more time", "requested details", "has sought president's rule").
pattern 020 : seek|request|sought * time|details|explanation|clarification|intervention|probe|inquiry|enquiry|help|protection|permission|approval|clearance|extension|appointment|assurance|guarantee|compensation|rule|report|stay|directions|direction|cooperation|support
pattern 020 : press for
pattern 020 : push for
pattern 020 [hasobj] : push|press * for
pattern 020 [hasobj] : pressure|pressurise|pressurize * to

pattern 020 : lobby for
pattern 020 [to] : make * appeal|request|plea|proposal
pattern 020 [to] : issue * appeal|plea
pattern 020 [to] : submit * proposal|request|plan
pattern 020 [to] : put forward * proposal|plan|initiative
pattern 020 [to] : send * request
pattern 020 : appeal to * for
pattern 020 : plea to
pattern 020 : request from

# --- 021-028 appeals by content (call/appeal/ask/press/plead/push/lobby/
#     campaign for X; request/seek/propose/suggest X). "urge Y to VERB" and
#     "call on Y to VERB" are left to the generic 020 patterns so that Y, which
#     sits between the verb and the content words, stays the recipient. ----------
pattern 0211 : call|appeal|ask|press|plead|push|lobby|campaign for * trade|economic|investment cooperation|tie|deal|link
pattern 0211 : request|seek|propose|suggest * trade|economic|investment cooperation|tie|deal|link
pattern 0211 : call|appeal|ask|press|plead|push|lobby|campaign for * free trade
pattern 0211 : request|seek|propose|suggest * free trade
pattern 0212 : call|appeal|ask|press|plead|push|lobby|campaign for * military|defence|defense|security cooperation|tie|partnership
pattern 0212 : request|seek|propose|suggest * military|defence|defense|security cooperation|tie|partnership
pattern 0213 : call|appeal|ask|press|plead|push|lobby|campaign for * extradition
pattern 0213 : request|seek|propose|suggest * extradition
pattern 0213 : call|appeal|ask|press|plead|push|lobby|campaign for * judicial|legal cooperation
pattern 0213 : request|seek|propose|suggest * judicial|legal cooperation
pattern 0214 : call|appeal|ask|press|plead|push|lobby|campaign for * intelligence sharing|cooperation
pattern 0214 : request|seek|propose|suggest * intelligence sharing|cooperation
pattern 022 : call|appeal|ask|press|plead|push|lobby|campaign for * support|backing|recognition
pattern 022 : request|seek|propose|suggest * support|backing|recognition
pattern 022 : call|appeal|ask|press|plead|push|lobby|campaign for * diplomatic|political support|backing
pattern 022 : request|seek|propose|suggest * diplomatic|political support|backing
pattern 023 : call|appeal|ask|press|plead|push|lobby|campaign for * aid|assistance|help|relief|supply
pattern 023 : request|seek|propose|suggest * aid|assistance|help|relief|supply
pattern 0231 : call|appeal|ask|press|plead|push|lobby|campaign for * economic|financial|development|budget aid|assistance|support
pattern 0231 : request|seek|propose|suggest * economic|financial|development|budget aid|assistance|support
pattern 0231 : call|appeal|ask|press|plead|push|lobby|campaign for * loan|credit|bailout|grant|investment|funding
pattern 0231 : request|seek|propose|suggest * loan|credit|bailout|grant|investment|funding
pattern 0231 : call|appeal|ask|press|plead|push|lobby|campaign for * debt relief|restructuring
pattern 0231 : request|seek|propose|suggest * debt relief|restructuring
pattern 0232 : call|appeal|ask|press|plead|push|lobby|campaign for * military aid|assistance|equipment|support
pattern 0232 : request|seek|propose|suggest * military aid|assistance|equipment|support
pattern 0232 : call|appeal|ask|press|plead|push|lobby|campaign for * weapon|arm|ammunition|tank|missile|jet|artillery
pattern 0232 : request|seek|propose|suggest * weapon|arm|ammunition|tank|missile|jet|artillery
pattern 0232 : call|appeal|ask|press|plead|push|lobby|campaign for * air defence|defense
pattern 0232 : request|seek|propose|suggest * air defence|defense
pattern 0233 : call|appeal|ask|press|plead|push|lobby|campaign for * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 0233 : request|seek|propose|suggest * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 0233 : call|appeal|ask|press|plead|push|lobby|campaign for * vaccine|medicine|food|shelter
pattern 0233 : request|seek|propose|suggest * vaccine|medicine|food|shelter
pattern 0234 : call|appeal|ask|press|plead|push|lobby|campaign for * peacekeeper|peacekeeping|protection
pattern 0234 : request|seek|propose|suggest * peacekeeper|peacekeeping|protection
pattern 0234 : call|appeal|ask|press|plead|push|lobby|campaign for * peacekeeping force|mission|troop
pattern 0234 : request|seek|propose|suggest * peacekeeping force|mission|troop
pattern 024 : call|appeal|ask|press|plead|push|lobby|campaign for * reform
pattern 024 : request|seek|propose|suggest * reform
pattern 0241 : call|appeal|ask|press|plead|push|lobby|campaign for * resignation|ouster|removal|impeachment
pattern 0241 : request|seek|propose|suggest * resignation|ouster|removal|impeachment
pattern 0242 : call|appeal|ask|press|plead|push|lobby|campaign for * change in|to * policy
pattern 0242 : request|seek|propose|suggest * change in|to * policy
pattern 0242 : call|appeal|ask|press|plead|push|lobby|campaign for * review|repeal|reversal of
pattern 0242 : request|seek|propose|suggest * review|repeal|reversal of
pattern 0243 : call|appeal|ask|press|plead|push|lobby|campaign for * right|freedom
pattern 0243 : request|seek|propose|suggest * right|freedom
pattern 0243 : call|appeal|ask|press|plead|push|lobby|campaign for * human right
pattern 0243 : request|seek|propose|suggest * human right
pattern 0243 : call|appeal|ask|press|plead|push|lobby|campaign for * press freedom
pattern 0243 : request|seek|propose|suggest * press freedom
pattern 0244 : call|appeal|ask|press|plead|push|lobby|campaign for * constitutional reform|change|amendment
pattern 0244 : request|seek|propose|suggest * constitutional reform|change|amendment
pattern 0244 : call|appeal|ask|press|plead|push|lobby|campaign for * new constitution|election|referendum
pattern 0244 : request|seek|propose|suggest * new constitution|election|referendum
pattern 025 : call|appeal|ask|press|plead|push|lobby|campaign for * concession|compromise
pattern 025 : request|seek|propose|suggest * concession|compromise
pattern 0251 : call|appeal|ask|press|plead|push|lobby|campaign for * lifting of * curfew|emergency|ban|restriction
pattern 0251 : request|seek|propose|suggest * lifting of * curfew|emergency|ban|restriction
pattern 0251 : call|appeal|ask|press|plead|push|lobby|campaign for * lifting of * martial law
pattern 0251 : request|seek|propose|suggest * lifting of * martial law
pattern 0251 : call|appeal|ask|press|plead|push|lobby|campaign for * end to * curfew|emergency|ban|restriction|censorship
pattern 0251 : request|seek|propose|suggest * end to * curfew|emergency|ban|restriction|censorship
pattern 0252 : call|appeal|ask|press|plead|push|lobby|campaign for * calm
pattern 0252 : request|seek|propose|suggest * calm
pattern 0252 : call|appeal|ask|press|plead|push|lobby|campaign for * end to * protest|strike|demonstration|unrest|boycott
pattern 0252 : request|seek|propose|suggest * end to * protest|strike|demonstration|unrest|boycott
pattern 0253 : call|appeal|ask|press|plead|push|lobby|campaign for * release
pattern 0253 : request|seek|propose|suggest * release
pattern 0253 : call|appeal|ask|press|plead|push|lobby|campaign for * release of * prisoner|hostage|detainee|journalist|activist
pattern 0253 : request|seek|propose|suggest * release of * prisoner|hostage|detainee|journalist|activist
pattern 0253 : call|appeal|ask|press|plead|push|lobby|campaign for * return of
pattern 0253 : request|seek|propose|suggest * return of
pattern 0254 : call|appeal|ask|press|plead|push|lobby|campaign for * lifting|easing|removal of * sanction|embargo|blockade|tariff
pattern 0254 : request|seek|propose|suggest * lifting|easing|removal of * sanction|embargo|blockade|tariff
pattern 0254 : call|appeal|ask|press|plead|push|lobby|campaign for * end to * sanction|embargo|tariff
pattern 0254 : request|seek|propose|suggest * end to * sanction|embargo|tariff
pattern 0255 : call|appeal|ask|press|plead|push|lobby|campaign for * humanitarian|aid access
pattern 0255 : request|seek|propose|suggest * humanitarian|aid access
pattern 0255 : call|appeal|ask|press|plead|push|lobby|campaign for * access for * aid|humanitarian|inspector|observer|monitor|journalist
pattern 0255 : request|seek|propose|suggest * access for * aid|humanitarian|inspector|observer|monitor|journalist
pattern 0255 : call|appeal|ask|press|plead|push|lobby|campaign for * international observer|monitor|inspector
pattern 0255 : request|seek|propose|suggest * international observer|monitor|inspector
pattern 0256 : call|appeal|ask|press|plead|push|lobby|campaign for * ceasefire|truce|cease-fire|armistice|de-escalation|restraint|withdrawal
pattern 0256 : request|seek|propose|suggest * ceasefire|truce|cease-fire|armistice|de-escalation|restraint|withdrawal
pattern 0256 : call|appeal|ask|press|plead|push|lobby|campaign for * end to * fighting|violence|hostility|war|bloodshed|offensive
pattern 0256 : request|seek|propose|suggest * end to * fighting|violence|hostility|war|bloodshed|offensive
pattern 0256 : call|appeal|ask|press|plead|push|lobby|campaign for * halt to * fighting|violence|hostility|attack|offensive
pattern 0256 : request|seek|propose|suggest * halt to * fighting|violence|hostility|attack|offensive
pattern 0256 : call|appeal|ask|press|plead|push|lobby|campaign for * cessation of * hostility|fighting
pattern 0256 : request|seek|propose|suggest * cessation of * hostility|fighting
pattern 026 : call|appeal|ask|press|plead|push|lobby|campaign for * talk|negotiation|dialogue|meeting|summit|consultation
pattern 026 : request|seek|propose|suggest * talk|negotiation|dialogue|meeting|summit|consultation
pattern 026 : call|appeal|ask|press|plead|push|lobby|campaign for * resumption of * talk|negotiation|dialogue
pattern 026 : request|seek|propose|suggest * resumption of * talk|negotiation|dialogue
pattern 027 : call|appeal|ask|press|plead|push|lobby|campaign for * settlement|solution|resolution
pattern 027 : request|seek|propose|suggest * settlement|solution|resolution
pattern 027 : call|appeal|ask|press|plead|push|lobby|campaign for * peace deal|agreement|settlement|plan
pattern 027 : request|seek|propose|suggest * peace deal|agreement|settlement|plan
pattern 027 : call|appeal|ask|press|plead|push|lobby|campaign for * political|peaceful|diplomatic solution|settlement|resolution
pattern 027 : request|seek|propose|suggest * political|peaceful|diplomatic solution|settlement|resolution
pattern 028 : call|appeal|ask|press|plead|push|lobby|campaign for * mediation|mediator
pattern 028 : request|seek|propose|suggest * mediation|mediator
pattern 028 : call|appeal|ask|press|plead|push|lobby|campaign for * international mediation
pattern 028 : request|seek|propose|suggest * international mediation

# --- extra forms -----------------------------------------------------------------
pattern 0213 : seek * extradition of
pattern 0213 : request * extradition of
pattern 0253 : appeal for * release of
pattern 0256 : appeal for * calm|restraint
pattern 0256 : call for * restraint

+ The United Nations called for a ceasefire in Yemen. => 0256 IGO > -
+ Ukraine appealed for military aid from the European Union. => 0232 UKR > IGO
+ The European Union called for the release of prisoners held by Belarus. => 0253 IGO > BLR
+ Sri Lanka requested financial aid from Japan. => 0231 LKA > JPN
+ The Philippines urged China to respect international law. => 020 PHL > CHN
+ The United States called for the resignation of the Venezuelan president. => 0241 USA > VEN
+ The African Union called for dialogue between Ethiopia and Eritrea. => 026 IGO > ETH,ERI
+ Greece sought the extradition of Turkish officers. => 0213 GRC > TUR
+ France called on Iran to release the detained aid workers. => 020 FRA > IRN
+ Pakistan urged India to resume talks. => 020 PAK > IND
+ The Mexican president asked the United States for more vaccines. => 020 MEX > USA
- Fans are calling for higher ticket refunds.
- The referee asked the players to calm down.
- The novel asks for patience from its readers.
- Fans called for the coach to be sacked.
+ Ukraine sought diplomatic support from Germany. => 022 UKR > DEU
+ China called for a political settlement of the conflict between Russia and Ukraine. => 027 CHN > RUS,UKR
+ Ethiopia called for African Union mediation in the dam dispute. => 028 ETH > IGO
- The singer asked for support from her fans.
- The two companies sought a settlement in the patent case.
- The landlord and the tenant sought mediation.

# Pressing someone to act ("pressed Uganda to open the border"); the verb
# only, with a recipient ("a press conference" is neither).
pattern 020 [needtgt,verb] : press
+ Kenya pressed Uganda to reopen the border. => 020 KEN > UGA
- The Kenyan minister told a press conference that trade had grown.
# "called on the president" with nothing called for is a courtesy call, a
# visit (recoded 042 by the coder); with "to …" or "for …" an appeal.
- Earlier, the Kenyan foreign minister called on the Ugandan president in Kampala.
+ The Kenyan foreign minister called on Uganda to reopen the border. => 020 KEN > UGA
+ The Kenyan president pushed parliament for a new election law. => 020 KEN > KEN
+ Kenyan police pressured the strikers to return to work. => 020 KEN > KEN
- The coach pushed his players for more effort.
+ The Kenyan president warned Uganda against closing the border. => 020 KEN > UGA
- The doctor warned patients against eating too much salt.
+ The Kenyan opposition advocated a peaceful resolution of the border dispute with Uganda. => 020 KEN > UGA
- Fitness experts advocated daily exercise for office workers.
+ The Kenyan interior ministry advised the Ugandan government to close the border. => 020 KEN > UGA
- Investors were advised to be cautious.
+ Poland has requested more time to consider the directive. => 020 POL > -
- The company sought more time to file its accounts.
- Kenya would propose a new exchange rate for trade with Uganda.
+ The Kenyan government wanted the Ugandan envoy to leave the country. => 020 KEN > UGA
- Kenyan fans wanted more goals.
