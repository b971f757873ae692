# What it does: codes threats and ultimatums (CAMEO 13, PLOVER THREATEN):
#   non-force threats (cutting aid, sanctions, breaking ties), administrative
#   threats, threats of protest, of halting talks or international involvement,
#   of repression and of military force (blockade, occupation, attack, WMD).
# Why: threats are escalation signals; the sub-code comes from what is
#   threatened, which follows "threaten to"/"threaten with". "threatened X with Y"
#   keeps X as recipient through the generic pattern.
# Example: "The United States threatened to impose sanctions on Turkey." => 1312 USA > TUR
# Example: "Iran threatened Israel." => 130 IRN > ISR
# Counter-example: "Heavy rain threatened the harvest." (weather)
# Counter-example: "The striker threatened the goal twice." (sports)

# --- 130 generic threats ----------------------------------------------------------
pattern 130 : threaten
pattern 130 : threaten to
pattern 130 : threat to|against
pattern 130 : issue * threat|warning to|against
pattern 130 : make * threat against|to
pattern 130 : warn
pattern 130 : warn * of * consequence|response|reprisal
pattern 130 : vow * retaliation|revenge|reprisal|response
pattern 130 : vow to * retaliate|avenge|respond
pattern 130 : menace
pattern 130 : intimidate * with

# --- 131 non-force threats -----------------------------------------------------------
pattern 131 : threaten * consequence
pattern 131 : threaten with * consequence|measure|countermeasure
pattern 1311 : threaten to * cut|suspend|halt|stop|withdraw|freeze|reduce * aid|funding|assistance|support|loan
pattern 1311 : threaten with * aid cut
pattern 1312 : threaten to * impose|slap|expand|tighten * sanction|tariff|embargo|boycott|duty
pattern 1312 : threaten * sanction|tariff|embargo|boycott on|against
pattern 1312 : threaten with * sanction|tariff|embargo|boycott
pattern 1312 : threaten to * sanction|boycott|embargo
pattern 1312 : threaten to * cut off * gas|oil|energy|trade
pattern 1312 : threat of * sanction|tariff|embargo
pattern 1313 : threaten to * cut|sever|break|downgrade|suspend|review * tie|relation
pattern 1313 : threaten to * expel|recall * ambassador|diplomat|envoy
pattern 1313 : threaten to * close * embassy
pattern 1313 : threaten to * leave|quit * alliance|union|organisation|organization|treaty|bloc
pattern 1313 : threaten to * withdraw from * alliance|union|organisation|organization|treaty|bloc

# --- 132 administrative sanctions ------------------------------------------------------
pattern 132 : threaten to * arrest|jail|prosecute|detain|deport|expel|punish
pattern 132 : threaten with * arrest|prosecution|jail|deportation|expulsion|punishment
pattern 1321 : threaten to * censor|restrict|shut|block|ban * media|internet|press|newspaper|website|protest|rally
pattern 1322 : threaten to * ban|dissolve|outlaw * party|opposition|group|candidate
pattern 1323 : threaten * curfew
pattern 1323 : threaten to * impose * curfew
pattern 1324 : threaten to * impose|declare * state of emergency
pattern 1324 : threaten to * impose|declare * martial law
pattern 1324 : threaten * martial law

# --- 133 threaten dissent ---------------------------------------------------------------
pattern 133 : threaten to * strike|protest|boycott|march|demonstrate|riot
pattern 133 : threaten to * walk out
pattern 133 : threaten * strike|protest|boycott|walkout|demonstration
pattern 133 : threaten * hunger strike
pattern 133 : threaten to * go on * strike
pattern 133 : threaten * mass * protest|strike|demonstration
pattern 133 : threaten * civil disobedience

# --- 134-136 threaten to halt talks, mediation, international involvement ---------------
pattern 134 : threaten to * walk out of|on * talk|negotiation|meeting
pattern 134 : threaten to * quit|abandon|suspend|boycott|leave|end * talk|negotiation|dialogue|meeting
pattern 134 : threaten to * pull out of * talk|negotiation
pattern 134 : threaten to * withdraw from * talk|negotiation|dialogue
pattern 135 : threaten to * end|halt|suspend|abandon|quit * mediation
pattern 135 : threaten to * withdraw as * mediator
pattern 136 : threaten to * expel|withdraw|remove * peacekeeper|observer|inspector|monitor|mission|agency
pattern 136 : threaten to * pull out * peacekeeper|troop|observer

# --- 137 threaten repression ----------------------------------------------------------------
pattern 137 : threaten to * crush|crack|suppress|quell
pattern 137 : threaten * crackdown
pattern 137 : threaten * crackdown on
pattern 137 : threaten * protester|demonstrator|dissident with
pattern 137 : warn * protester|demonstrator of * crackdown|consequence

# --- 138 threaten military force -------------------------------------------------------------
pattern 138 : threaten * military action|force|response|retaliation|intervention|operation
pattern 138 : threaten to * use * force
pattern 138 : threaten with * military action|force
pattern 138 : threaten * war
pattern 138 : threaten to * go to war
pattern 138 : warn of * military action|response|retaliation|strike|war
pattern 138 : threaten * retaliation
pattern 138 : threat of * force|war|invasion
pattern 138 : threat of * military action
pattern 138 : rattle * sabre|saber
pattern 138 : saber-rattling|sabre-rattling
pattern 1381 : threaten * blockade
pattern 1381 : threaten to blockade
pattern 1381 : threaten to * blockade|block * port|strait|border
pattern 1381 : threaten to * close * strait|port|airspace
pattern 1382 : threaten to * occupy|annex|seize|invade
pattern 1382 : threaten * invasion|annexation|occupation
pattern 1383 : threaten * terrorist|suicide * attack|bombing
pattern 1383 : threaten to * kidnap|assassinate|bomb|behead|execute * hostage
pattern 1383 : threaten to * kill * hostage
pattern 1384 : threaten to * attack|strike|bomb|shell|hit|destroy|target
pattern 1384 : threaten * attack|strike|airstrike
pattern 1384 : threaten * military strike
pattern 1384 : warn * of * attack|strike
pattern 1385 : threaten * nuclear|chemical|biological * attack|strike|war|weapon|retaliation|response
pattern 1385 : threaten to use * nuclear|chemical|biological
pattern 1385 : threaten to * use * nuclear weapon
pattern 1385 : nuclear threat
pattern 1385 : threaten * nuclear

# --- 139 ultimatum -------------------------------------------------------------------------------
pattern 139 : ultimatum
pattern 139 : issue * ultimatum
pattern 139 : issue * ultimatum to
pattern 139 : give * ultimatum
pattern 139 : deliver * ultimatum
pattern 139 : set * deadline for
pattern 139 : final warning
pattern 139 : last warning
pattern 139 : give * hour|day|week to

+ Iran threatened Israel on Tuesday. => 130 IRN > ISR
+ The United States threatened to impose sanctions on Turkey. => 1312 USA > TUR
+ Russia threatened to cut ties with Moldova. => 1313 RUS > MDA
+ North Korea threatened to use nuclear weapons against South Korea. => 1385 PRK > KOR
+ China threatened to blockade Taiwan. => 1381 CHN > TWN
+ Turkey issued an ultimatum to Sweden. => 139 TUR > SWE
+ The Chinese foreign ministry warned Japan. => 130 CHN > JPN
+ Israel threatened military action against Lebanon. => 138 ISR > LBN
- Heavy rain threatened the harvest.
- The striker threatened the goal twice.
- The weather service warned of heavy snow on Friday.
- The Kenyan police are warning that a fake letter is being spread by e-mail.
+ The Kenyan opposition said the interior minister had "threatened" to arrest its leaders. => 130 KEN > KEN
+ Iran threatened to prosecute British sailors. => 132 IRN > GBR
+ The opposition in Kenya threatened mass protests against the government. => 133 KEN > KEN
+ Iran threatened to walk out of talks with the United States. => 134 IRN > USA
+ Turkey threatened to withdraw as mediator between Russia and Ukraine. => 135 TUR > RUS,UKR
+ Mali threatened to expel United Nations peacekeepers. => 136 MLI > IGO
+ The Iranian government threatened a crackdown on protesters. => 137 IRN > IRN
- The teacher threatened to punish the pupils.
- The coach threatened to crack down on lateness.
# A warning told after what it warns of: a threat only for the warner's own
# future act.
+ The Kenyan army will strike the rebel camps, the Kenyan defence minister warned. => 130 KEN > KEN
- Deaths in Kenyan police custody have reached shocking levels, a committee of Kenyan MPs has warned.
+ The Kenyan government warned of tough action against the protesters. => 130 KEN > KEN
