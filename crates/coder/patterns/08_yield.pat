# What it does: codes yielding (CAMEO 08, PLOVER YIELD): concessions, easing
#   administrative sanctions (bans, curfews, emergency rule), calling off
#   protests, resignations and policy reversals, releasing people and property,
#   lifting economic sanctions, allowing peacekeepers/inspectors/aid, ceasefires,
#   lifting blockades, disarmament and troop withdrawals.
# Why: de-escalation events are rarer than conflict but important; the released
#   people or withdrawn troops follow the verb, so victim nouns are not part of
#   the triggers (they must stay recipients).
# Example: "Iran released a French citizen." => 0841 IRN > FRA
# Example: "Russia withdrew its troops from Syria." => 0874 RUS > SYR
# Counter-example: "The studio released a new album." (entertainment)
# Counter-example: "The runner withdrew from the race with an injury." (sports)

# --- 080 yield -----------------------------------------------------------------------
pattern 080 : back down
pattern 080 : give in to
pattern 080 : yield to
pattern 080 : capitulate
pattern 080 : cave in to
pattern 080 [to] : make * concession
pattern 080 : bow to * pressure|demand
pattern 080 : accede to
pattern 080 : comply with * demand|request|resolution|ruling|order
pattern 080 : concede
pattern 080 : meet * demand|condition
pattern 080 : accept * demand
pattern 080 [notgt] : concede * defeat

# --- 081 ease administrative sanctions ---------------------------------------------------
pattern 081 [notgt] : lift|ease|relax|remove * restriction|curb
pattern 081 : lift|ease|relax|remove * restriction|curb on
pattern 081 : lift * travel ban on
pattern 081 : lift|ease|relax|end|overturn * ban
pattern 081 : restore * citizenship|visa|license|licence
pattern 0811 [notgt] : lift|end * ban on * protest|rally|media|internet|newspaper|website|assembly|gathering
pattern 0811 [notgt] : restore * internet|access|broadcast
pattern 0811 [notgt] : unblock
pattern 0811 [notgt] : lift|end * censorship
pattern 0811 [notgt] : allow * protest|rally|demonstration
pattern 0812 [notgt] : lift|end * ban on * party|opposition|candidate|politician
pattern 0812 [notgt] : legalize|legalise|unban * party|opposition
pattern 0812 [notgt] : unban
pattern 0812 : allow * to contest|run|participate
pattern 0813 [notgt] : lift|ease|relax|end|shorten * curfew
pattern 0814 [notgt] : lift|end|revoke * state of emergency
pattern 0814 [notgt] : lift|end|revoke * martial law
pattern 0814 [notgt] : lift|end|revoke * emergency rule
pattern 0814 [notgt] : lift|end * emergency

# --- 082 ease dissent ------------------------------------------------------------------------
pattern 082 [notgt] : call off * protest|strike|demonstration|boycott|march|rally|sit-in
pattern 082 [notgt] : end|suspend|halt|postpone * protest|strike|demonstration|boycott|march|sit-in
pattern 082 [notgt] : end * hunger strike
pattern 082 [notgt] : suspend * hunger strike
pattern 082 [notgt] : return to work
pattern 082 [notgt] : disperse peacefully

# --- 083 accede to reform ---------------------------------------------------------------------
pattern 083 [notgt] : agree to * demand for * reform
pattern 083 [notgt] : introduce * reform
pattern 083 [notgt] : implement * reform
pattern 0831 [notgt] : resign
pattern 0831 [notgt] : step down
pattern 0831 [notgt] : step aside
pattern 0831 [notgt] : quit * as
pattern 0831 [notgt] : hand over * power
pattern 0831 [notgt] : relinquish * power
pattern 0831 [notgt] : cede * power
pattern 0831 [notgt] : resignation
pattern 0831 [notgt] : tender * resignation
pattern 0831 [notgt] : announce * resignation
pattern 0832 [notgt] : scrap|repeal|withdraw|reverse|drop|abandon|suspend * law|bill|policy|decision|plan|tax|decree|reform|hike
pattern 0832 [notgt] : u-turn
pattern 0832 [notgt] : back down on
pattern 0833 [notgt] : grant * right|freedom|autonomy|citizenship
pattern 0833 [notgt] : restore * right|freedom
pattern 0833 [notgt] : recognise|recognize * right
pattern 0834 [notgt] : adopt * new constitution
pattern 0834 [notgt] : dissolve * parliament
pattern 0834 [notgt] : call * early|snap * election
pattern 0834 [notgt] : agree to * transitional government

# --- 084 release or return --------------------------------------------------------------------------
pattern 084 : return * seized|confiscated
pattern 084 : hand back
pattern 0841 : release
pattern 0841 : =freed
pattern 0841 : set * free
pattern 0841 [sym] : swap * prisoner|detainee|captive
pattern 0841 [sym] : exchange * prisoner|detainee|captive|pow
pattern 0841 [sym] : prisoner swap|exchange
pattern 0841 : hand over * body|remains
pattern 0841 : repatriate
pattern 0841 : release of
pattern 0841 : =released on bail
pattern 0842 : return * territory|land|property|asset|artifact|artefact|island|artwork|treasure
pattern 0842 : hand back * territory|land|property|asset|artifact|artefact|island
pattern 0842 : release * asset|fund|ship|vessel|tanker|cargo|aircraft
pattern 0842 : unfreeze * asset|fund
pattern 0842 : return * seized * ship|vessel|tanker
# Any object returned to a recipient ("returned two paintings to Brazil"),
# not a person going back ("returned to Brazil").
pattern 084 [to,hasobj,needtgt] : return
pattern 0841 : let * free

# --- 085 ease economic sanctions ------------------------------------------------------------------------
pattern 085 : lift|ease|relax|remove|suspend|waive|end * sanction|embargo|tariff|boycott|duty
pattern 085 : lift|ease|relax|remove|suspend|waive|end * sanction|embargo|tariff|boycott|duty on|against
pattern 085 : sanction relief|waiver
pattern 085 : grant * waiver|exemption
pattern 085 : reduce * tariff
pattern 085 : roll back * tariff|sanction|duty
pattern 085 : cut * tariff

# --- 086 allow international involvement ------------------------------------------------------------
pattern 086 : allow * observer|monitor|journalist|investigator
pattern 086 : invite * observer|monitor
pattern 0861 : accept * peacekeeper
pattern 0861 : accept * peacekeeping force|mission
pattern 0861 : allow * peacekeeper|peacekeeping
pattern 0861 : agree to * deployment of * peacekeeper|peacekeeping
pattern 0862 : allow * inspector|inspection
pattern 0862 : admit * inspector
pattern 0862 : let * inspector
pattern 0862 : grant * inspector * access
pattern 0862 : accept * inspector|inspection
pattern 0862 : readmit * inspector
pattern 0863 : allow * humanitarian|aid * access|convoy|delivery|corridor|worker
pattern 0863 : allow * aid
pattern 0863 : open * humanitarian corridor
pattern 0863 : grant * humanitarian access
pattern 0863 : let * aid * in|through|into
pattern 0863 : reopen * border crossing
pattern 0863 : open * crossing

# --- 087 de-escalate -----------------------------------------------------------------------------------
pattern 087 : de-escalate
pattern 087 : ease * tension
pattern 087 : defuse * tension|crisis
pattern 087 : halt * offensive|attack|operation|strike|bombing|airstrike
pattern 087 : suspend * offensive|attack|operation|strike|bombing|airstrike
pattern 087 : pause * fighting|offensive|attack|operation|strike|bombing
pattern 0871 [with] : declare|announce|extend * ceasefire|truce|cease-fire with
pattern 0871 [notgt] : declare * ceasefire|truce|cease-fire
pattern 0871 [notgt] : announce * ceasefire|truce|cease-fire
pattern 0871 [notgt] : observe * ceasefire|truce|cease-fire
pattern 0871 [notgt] : respect * ceasefire|truce|cease-fire
pattern 0871 [notgt] : unilateral * ceasefire|truce
pattern 0871 [sym] : ceasefire|truce * take * effect
pattern 0871 [sym] : agree * ceasefire|truce
pattern 0871 [notgt] : extend * ceasefire|truce
pattern 0871 [notgt] : declare * cessation of hostilities
pattern 0871 [notgt] : cessation of hostilities
pattern 0871 [notgt] : humanitarian pause
pattern 0872 : lift|ease|end|relax * blockade|siege
pattern 0872 : lift|ease|end|relax * blockade|siege of|on
pattern 0873 [notgt] : demobilize|demobilise
pattern 0873 [notgt] : disarm
pattern 0873 [notgt] : lay down * arm|weapon
pattern 0873 [notgt] : hand over * weapon|arm
pattern 0873 [notgt] : surrender * weapon|arm
pattern 0873 [notgt] : decommission * weapon|arm|arsenal
pattern 0873 [notgt] : dismantle * weapon|arsenal|nuclear|missile|program|programme
pattern 0873 [notgt] : disband
pattern 0873 [notgt] : destroy * stockpile|arsenal
pattern 0873 [notgt] : reduce * troop|force|arsenal
# Bare "withdraw" is a retreat only without an object: "withdrew its troops"
# and "withdrew the bill" are coded by their own patterns.
pattern 0874 [noobj] : withdraw
pattern 0874 : withdraw * troop|force|soldier|unit
pattern 0874 : withdraw * troop|force|soldier|unit from
pattern 0874 : pull out
pattern 0874 : pull out of
pattern 0874 : pull * troop|force|soldier * out of
pattern 0874 : pull back
pattern 0874 : pull back * troop|force|soldier|unit
pattern 0874 : retreat
pattern 0874 : retreat from
pattern 0874 : surrender
pattern 0874 : surrender to
pattern 0874 : troop withdrawal|pullout
pattern 0874 : complete|begin|start * withdrawal
pattern 0874 : evacuate * troop|force|base|position
pattern 0874 : abandon * position|base|town|city
pattern 0874 : hand over * control of

+ Iran released a French citizen. => 0841 IRN > FRA
+ Russia withdrew its troops from Syria. => 0874 RUS > SYR
+ The United States lifted sanctions on Venezuela. => 085 USA > VEN
+ Thailand lifted the curfew in Bangkok. => 0813 THA > THA
+ Russia and Ukraine swapped prisoners. => 0841 RUS,UKR sym
+ Iran allowed international inspectors back. => 0862 IRN > -
+ The Sri Lankan prime minister resigned on Monday. => 0831 LKA > LKA
+ Saudi Arabia lifted its blockade on Qatar. => 0872 SAU > QAT
+ The Ethiopian government declared a ceasefire. => 0871 ETH > -
+ The Afghan president announced a ceasefire with the Taliban. => 0871 AFG > AFG
+ Hezbollah declared a ceasefire after weeks of battles with the Amal militia. => 0871 LBN > -
- The studio released a new album.
- The runner withdrew from the race with an injury.
- The shop offers free delivery on weekends.
+ Opposition supporters in Kenya called off their protests. => 082 KEN > KEN
- The Kenyan opposition called off its search for a new leader.
# A month's name is a date, not a march.
- The Kenyan central bank said its reserves rose in the week ended March 11.
+ The United States returned two stolen paintings to the government of Brazil. => 084 USA > BRA
+ Ethiopia let free 74 opposition politicians. => 0841 ETH > ETH
+ The Sudanese president declared a cessation of hostilities in Darfur. => 0871 SDN > SDN
+ The Nepalese government accepted the demands of the protesters. => 080 NPL > NPL
+ Russian forces withdrew from Kherson. => 0874 RUS > UKR
+ Russia is willing to withdraw its troops from Crimea. => 035 RUS > UKR
- The Brazilian president withdrew the nomination on Friday.
- The Brazilian president returned to Brasilia on Sunday.
- The French ambassador returned the call the next morning.

# Granting a permission or approval that was sought is a concession.
pattern 080 : grant * permission|approval|clearance|permit
pattern 080 : give * permission|approval|clearance|nod
+ The Kenyan government granted permission for the opposition rally. => 080 KEN > KEN
- The company granted its staff a day off.
+ The Ugandan electoral commission allowed the opposition leader to participate in the vote. => 0812 UGA > UGA
- The coach allowed the young striker to participate in training.
+ Kenyan teachers called off their strike on Monday. => 082 KEN > KEN
+ Kenyan teachers called off their strike against the government. => 082 KEN > KEN
+ Kenyan nurses called off their strike after reaching an agreement with the health ministry. => 082 KEN > KEN
- Ofcom said the switch-off freed up frequencies for Kenyan broadcasters.

# A curfew or restriction lifted, eased or relaxed, in the passive of headlines and
# reports ("curfew lifted in Ahmedabad"): the authorities' concession, named or not.
pattern 0813 [notgt] : curfew * lift|ease|relax
pattern 081 [notgt] : =restrictions|=curbs * lift|ease|relax
# Dropping or abandoning demands yields them.
pattern 080 : drop|abandon * demand
+ The curfew in Srinagar was lifted on Sunday. => 0813 IND > IND
+ Restrictions on movement were eased in Jammu. => 081 IND > IND
+ Vietnam eased travel curbs on Chinese visitors. => 081 VNM > CHN
- The bank eased curbs on lending to small firms.
+ The Nigerian kidnappers have dropped some of their demands. => 080 NGA > NGA
- The striker dropped his demand for a new contract.
- Officials said the curfew will not be lifted soon.
+ The Kenyan interior minister gave permission for the opposition rally. => 080 KEN > KEN
+ The Kenyan interior minister did not give permission for the opposition rally. => 124 KEN > KEN
- The teacher gave permission for the trip.
