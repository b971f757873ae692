# What it does: codes expressions of intent to cooperate (CAMEO 03, PLOVER AGREE):
#   offers, promises, pledges, agreements-in-principle and announced future
#   visits/talks, split by what is promised (trade, military, aid, reform,
#   concessions, release, ceasefire, talks, settlement, mediation).
# Why: announcements of future cooperation ("agreed to", "pledged", "offered to",
#   "will visit") are frequent and precede the actual cooperative act.
# Example: "India and Japan agreed to boost bilateral trade." => 0311 IND,JPN sym
# Example: "Germany pledged military aid to Ukraine." => 0332 DEU > UKR
# Counter-example: "Shareholders agreed to the merger." (business, no political actors)
# Counter-example: "The striker promised to score more goals." (sports)

# --- 030 generic intent to cooperate ------------------------------------------
pattern 030 [sym] : agree to
pattern 030 [sym] : agree on
pattern 030 [sym] : agree upon
pattern 030 [sym] : agree to cooperate
pattern 030 [sym] : agree to work * together
pattern 030 [sym] : agree to * strengthen|deepen|boost|expand|enhance|improve cooperation|tie|relation|partnership
pattern 030 [sym] : pledge to * strengthen|deepen|boost|expand|enhance|improve cooperation|tie|relation|partnership
pattern 030 [sym] : vow to * strengthen|deepen|boost|expand|enhance|improve cooperation|tie|relation|partnership
pattern 030 [sym] : agree to * cooperation
pattern 030 [sym] : sign * letter of intent
pattern 030 [sym] : reach * agreement in principle
pattern 030 [with] : pledge * cooperation
pattern 030 [with] : promise * cooperation
# Committing oneself to a ruling or an accord ("would abide by the court's directions").
pattern 030 : abide by
pattern 030 [with] : offer * cooperation
pattern 030 [with] : vow to cooperate
pattern 030 [with] : pledge to cooperate
pattern 030 [with] : promise to cooperate
pattern 030 [with] : commit to * cooperation
pattern 030 [with] : express * willingness|readiness|desire|interest to cooperate|work
pattern 030 [with] : express * interest in * cooperation
pattern 030 [with] : ready to cooperate
pattern 030 [to] : ready|willing|prepared to contribute
# Help, assistance and support go to the verb's object ("willing to help Brazil").
pattern 030 : ready|willing|prepared to help|assist|provide|support
pattern 030 : pledge to work * with
pattern 030 : offer to work * with
pattern 030 : offer * partnership to

# --- 031 material cooperation ----------------------------------------------------
pattern 031 [sym] : agree to * joint project|venture
pattern 0311 [sym] : agree to * trade|investment|economic
pattern 0311 [sym] : agree to * free trade
pattern 0311 [sym] : agree to * boost * trade|investment
pattern 0311 [with] : pledge * economic|trade cooperation
pattern 0311 [with] : pledge to * boost * trade|investment
pattern 0311 [with] : promise to * boost * trade|investment
pattern 0311 [with] : offer * trade deal|agreement|pact
pattern 0311 [notgt] : pledge to invest
pattern 0311 [notgt] : promise to invest
pattern 0311 [notgt] : plan to invest
pattern 0312 [sym] : agree to * military|defence|defense|security cooperation|tie|exercise|drill
pattern 0312 [sym] : agree to hold * joint * exercise|drill
pattern 0312 [with] : pledge * military|defence|defense|security cooperation
pattern 0312 [with] : offer * military|defence|defense|security cooperation
pattern 0313 [sym] : agree to * judicial|legal cooperation
pattern 0313 : agree to extradite
pattern 0313 : offer to extradite
pattern 0313 : promise to extradite
pattern 0313 [sym] : agree to * extradition
pattern 0314 [sym] : agree to share * intelligence|information
pattern 0314 [sym] : agree to * intelligence sharing|cooperation
pattern 0314 [with] : offer to share * intelligence
pattern 0314 [with] : pledge to share * intelligence

# --- 032 diplomatic cooperation ------------------------------------------------
pattern 032 [for] : pledge * support
pattern 032 [for] : promise * support
pattern 032 [for] : vow * support
pattern 032 [for] : offer * support
pattern 032 [for] : pledge * political|diplomatic support
# ... or support given to someone ("pledged his country's support to the Kurds").
pattern 032 : pledge|promise|vow|offer * support to
pattern 032 [sym] : agree to * restore|establish|upgrade|normalize|normalise * relation|tie
pattern 032 [sym] : agree to * exchange * ambassador
pattern 032 [sym] : agree to * reopen * embassy
pattern 032 : promise to * recognise|recognize
pattern 032 : pledge to back

# --- 033 material aid ------------------------------------------------------------
pattern 033 [to] : pledge * aid|assistance|help|relief
pattern 033 [to] : promise * aid|assistance|help|relief
pattern 033 [to] : offer * aid|assistance|help|relief
pattern 033 [to] : vow * aid|assistance|help
pattern 033 : pledge to * provide|send * aid|assistance|help|supply
pattern 033 : promise to * provide|send * aid|assistance|help|supply
pattern 033 : offer to * provide|send * aid|assistance|help|supply
pattern 033 : agree to * provide|send * aid|assistance|help|supply
pattern 033 : offer to help
pattern 0331 [to] : pledge * million|billion
pattern 0331 [to] : promise * million|billion
pattern 0331 [to] : pledge * economic|financial|development aid|assistance|support
pattern 0331 [to] : promise * economic|financial|development aid|assistance|support
pattern 0331 [to] : offer * economic|financial|development aid|assistance|support
pattern 0331 [to] : offer * loan|credit|grant|bailout
pattern 0331 [to] : pledge * loan|credit|grant|bailout
pattern 0331 [to] : promise * loan|credit|grant|bailout
pattern 0331 : agree to * loan|credit|bailout
pattern 0331 [to] : pledge * investment
pattern 0332 [to] : pledge * military aid|assistance|support|equipment
pattern 0332 [to] : promise * military aid|assistance|support|equipment
pattern 0332 [to] : offer * military aid|assistance|support|equipment
pattern 0332 [to] : pledge * weapon|arm|tank|missile|ammunition
pattern 0332 [to] : promise * weapon|arm|tank|missile|ammunition
pattern 0332 : agree to * supply|send * weapon|arm|tank|missile|ammunition
pattern 0332 : offer to * supply|send * weapon|arm|tank|missile|ammunition
pattern 0333 [to] : pledge * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 0333 [to] : promise * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 0333 [to] : offer * humanitarian|emergency|food|medical aid|assistance|relief|supply
pattern 0333 [to] : pledge * vaccine|dose
pattern 0334 : offer to * send|deploy * peacekeeper|troop|soldier
pattern 0334 : pledge to * send|deploy * peacekeeper|troop|soldier
pattern 0334 [to] : pledge * peacekeeper|peacekeeping|troop
pattern 0334 [to] : offer * peacekeeping troop|force|mission
pattern 0334 [to] : offer * peacekeeper
pattern 0334 : agree to * send|deploy|contribute * peacekeeper|troop

# --- 034 political reform ------------------------------------------------------------
pattern 034 [notgt] : promise|pledge|vow * reform
pattern 034 [notgt] : promise|pledge|vow to reform
pattern 034 [notgt] : agree to * reform
pattern 034 [notgt] : promise|pledge|vow to hold * election
pattern 034 [notgt] : agree to hold * election
pattern 0341 [notgt] : offer to resign|quit
pattern 0341 [notgt] : offer to step down|aside
pattern 0341 [notgt] : agree to step down|aside
pattern 0341 [notgt] : promise|pledge to step down|aside
pattern 0341 [notgt] : agree to * hand over power
pattern 0341 [notgt] : promise|pledge to * hand over power
pattern 0341 [notgt] : agree to * transfer|cede * power
pattern 0342 [notgt] : promise|pledge|vow to * review|change|revise|reconsider * policy|law
pattern 0342 [notgt] : agree to * review|change|revise|reconsider * policy|law
pattern 0342 [notgt] : promise|pledge|vow to * scrap|repeal|withdraw * law|bill|tax
pattern 0343 [notgt] : promise|pledge|vow to * protect|respect|guarantee * right|freedom
pattern 0343 [notgt] : agree to * protect|respect|guarantee * right|freedom
pattern 0344 [notgt] : promise|pledge|vow * constitutional reform|change
pattern 0344 [notgt] : promise|pledge|vow * new constitution
pattern 0344 [notgt] : agree to * constitutional reform|change|amendment
pattern 0344 [notgt] : agree to * transitional government

# --- 035 yield ------------------------------------------------------------------------
pattern 035 : offer * concession
pattern 035 : agree to * concession
pattern 035 : promise * concession
pattern 0351 [notgt] : promise|pledge|agree|offer to * lift|end|ease|relax * curfew|emergency|restriction|ban|censorship
# ... on someone or their goods: they are the recipient ("agreed to lift a ban on imports of British beef").
pattern 0351 : promise|pledge|agree|offer to * lift|end|ease|relax * restriction|ban on
pattern 0352 [notgt] : agree to * end|halt|suspend * protest|strike|demonstration|boycott|sit-in
pattern 0352 [notgt] : promise|pledge|offer to * end|halt|suspend * protest|strike|demonstration|boycott|sit-in
pattern 0352 [notgt] : agree|promise|pledge|offer to call off * protest|strike|demonstration|boycott|sit-in
pattern 0353 : agree to * release|free * prisoner|hostage|detainee|captive
pattern 0353 : offer to * release|free * prisoner|hostage|detainee|captive
pattern 0353 : promise|pledge to * release|free * prisoner|hostage|detainee|captive
pattern 0353 : agree to release
pattern 0353 : offer to release
pattern 0353 [sym] : agree to * prisoner swap|exchange
pattern 0353 : agree to return
pattern 036 [sym] : agree to return to * table|talk|negotiation
pattern 0354 : agree to * lift|ease|relax|suspend * sanction|embargo|tariff|boycott
pattern 0354 : offer to * lift|ease|relax|suspend * sanction|embargo|tariff|boycott
pattern 0354 : promise|pledge to * lift|ease|relax|suspend * sanction|embargo|tariff|boycott
pattern 0355 : agree to * allow|admit|accept * inspector|observer|monitor|peacekeeper
pattern 0355 : agree to * allow|grant * humanitarian|aid access
pattern 0355 : promise|pledge to * allow|admit * inspector|observer|monitor|aid
pattern 0356 [sym] : agree to * ceasefire|truce|cease-fire|armistice
pattern 0356 [sym] : agree to * stop|halt|end * fighting|hostility
pattern 0356 : agree to withdraw
pattern 0356 : agree to * withdraw|pull * troop|force|soldier
pattern 0356 : offer * ceasefire|truce|cease-fire
pattern 0356 : promise|pledge|offer to withdraw * troop|force
pattern 0356 [sym] : agree to * de-escalate
pattern 0356 [sym] : agree to * de-escalation

# --- 036 meet or negotiate ------------------------------------------------------------------
pattern 036 [sym] : agree to * talk|negotiation|meeting|meet|summit|dialogue
pattern 036 [sym] : agree to hold * talk|negotiation|meeting|summit
pattern 036 [sym] : agree to resume * talk|negotiation|dialogue
pattern 036 [sym] : agree to meet
pattern 036 [with] : offer * talk|negotiation|dialogue
pattern 036 [with] : offer to * talk|negotiate|meet
pattern 036 [with] : express * willingness|readiness to * talk|negotiate|meet
pattern 036 [with] : ready to * talk|negotiate
pattern 036 [with] : willing to * talk|negotiate
pattern 036 [with] : open to * talk|negotiation|dialogue
pattern 036 : accept * invitation
pattern 036 : invite
pattern 036 : extend * invitation to
pattern 036 : accept * invitation from
# "will meet", "will hold talks": the consultation patterns (04) with future
# modality give 036, and with a date of the meeting's own, a scheduled meeting.
pattern 036 : plan to visit
pattern 036 : due to visit
pattern 036 : schedule to visit
pattern 036 : set to visit
pattern 036 : expect to visit
pattern 036 : plan to meet
pattern 036 : due to meet
pattern 036 : set to meet
pattern 036 : expect to meet
pattern 036 [sym] : set to hold * talk|meeting|negotiation|summit
pattern 036 [sym] : due to hold * talk|meeting|negotiation|summit
pattern 036 [sym] : plan to hold * talk|meeting|negotiation|summit

# --- 037 settle dispute -------------------------------------------------------------------
pattern 037 [sym] : agree to * settle|resolve * dispute|conflict|row|issue|difference
pattern 037 [sym] : pledge to * settle|resolve * dispute|conflict|difference
pattern 037 [sym] : vow to * settle|resolve * dispute|conflict|difference
pattern 037 [sym] : commit to * peace process|settlement
pattern 037 [sym] : agree to * peace plan|deal|settlement|roadmap
pattern 037 [sym] : agree to * peaceful solution|settlement|resolution
pattern 037 : offer * peace plan|deal|settlement
pattern 037 : accept * peace plan|deal|proposal|settlement

# --- 038 accept mediation --------------------------------------------------------------------
pattern 038 : accept * mediation
pattern 038 : agree to * mediation
pattern 038 : welcome * mediation
pattern 038 : accept * offer to mediate
pattern 038 : accept * as * mediator

# --- 039 offer to mediate ----------------------------------------------------------------------
pattern 039 : offer to mediate
pattern 039 : offer * mediation
pattern 039 : offer to act as * mediator
pattern 039 : volunteer to mediate
pattern 039 : ready to mediate
pattern 039 : willing to mediate
pattern 039 : propose to mediate
pattern 039 : offer to broker
pattern 039 : offer * good office

+ India and Japan agreed to boost bilateral trade. => 0311 IND,JPN sym
+ Qatar offered to mediate between Ethiopia and Eritrea. => 039 QAT > ETH,ERI
+ The United States pledged humanitarian aid to Sudan. => 0333 USA > SDN
+ Germany pledged military aid to Ukraine. => 0332 DEU > UKR
+ The Indian prime minister will visit Japan. => 036 IND > JPN
+ Russia and Ukraine agreed to a ceasefire. => 0356 RUS,UKR sym
+ Iran offered talks with Saudi Arabia. => 036 IRN > SAU
+ Ethiopia agreed to mediation by the African Union. => 038 ETH > IGO
+ France and Germany agreed to hold joint military exercises. => 0312 FRA,DEU sym
+ Japan pledged financial aid to Sri Lanka. => 0331 JPN > LKA
+ The Chinese foreign minister pledged support for Pakistan. => 032 CHN > PAK
+ The Chinese foreign minister pledged his country's support to Pakistan. => 032 CHN > PAK
+ Kenya agreed to lift its ban on imports of Ugandan sugar. => 0351 KEN > UGA
- The club agreed to the transfer fee on Friday.
- The striker promised to score more goals this season.
- The company offered to buy back its shares.
- Analysts expect the market to recover next year.
+ Japan and South Korea agreed to strengthen cooperation. => 030 JPN,KOR sym
+ The Thai government pledged to hold elections next year. => 034 THA > THA
+ Armenia and Azerbaijan agreed to resolve their border dispute. => 037 ARM,AZE sym
- Japan and South Korea agreed that closer cooperation was important.
- The neighbours agreed to resolve their dispute over the fence.
+ Vietnam is ready to contribute more troops to United Nations missions. => 030 VNM > IGO

# A promise or offer to act is an intent to cooperate whatever the act
# ("promised to release the detainees", "offered to send troops"); the
# patterns above give the more specific codes.
pattern 030 [verb] : promise|pledge to
pattern 030 [verb,noobj] : =offered|offers to
pattern 030 : give * assurance
+ The Kenyan government promised to open the border crossings. => 030 KEN > KEN
+ The Kenyan government offered to pay the teachers. => 030 KEN > KEN
+ The Kenyan interior minister gave an assurance that the police would be withdrawn. => 030 KEN > KEN
- The striker promised to score more goals this season.
- The company offered to buy back its shares.
- The bank increased its bond offering to 50 million dollars.
- The Kenyan bonds, to be offered to foreign banks, were sold out.
+ Chile and Peru agreed upon a new border treaty. => 030 CHL,PER sym
- The two chefs agreed upon a new menu.
- The Kenyan minister invited the wrath of the opposition with his remarks.
- Rest assured, the weather will be fine.
+ The Kenyan government said it would abide by the Supreme Court ruling. => 030 KEN > KEN
