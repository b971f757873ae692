# What it does: codes disapproval (CAMEO 11, PLOVER DISAPPROVE): criticism and
#   condemnation, accusations (crime, human rights, aggression, war crimes,
#   espionage), rallying opposition, official complaints, lawsuits and
#   court verdicts.
# Why: criticism and accusation are the most frequent conflictual verbal events;
#   accusations are sub-coded from the noun after "of".
# Example: "China criticized Japan over its defence budget." => 111 CHN > JPN
# Example: "Britain accused China of espionage." => 1125 GBR > CHN
# Counter-example: "Fans criticized the referee's decision." (sports)
# Counter-example: "The goalkeeper was blamed for the defeat." (no political actor)

# --- 110 disapprove ------------------------------------------------------------------
pattern 110 : disapprove of
pattern 110 : object to
# Being "opposed to" something is an attitude, a disapproval ("he was opposed
# to the form of the accord"); the verb "oppose" rejects (12_reject.pat).
pattern 110 : be =opposed to
pattern 110 : complain
pattern 110 : complain about|of
pattern 110 : express * displeasure|dissatisfaction|disappointment|frustration|anger|outrage|indignation|disapproval|opposition
pattern 110 : voice * displeasure|dissatisfaction|disappointment|frustration|anger|outrage|opposition|objection
pattern 110 : raise * objection
pattern 110 : register * displeasure|disapproval|opposition
pattern 110 : take * issue with
pattern 110 : =disappointed by|with|at
pattern 110 : =angered by
pattern 110 : =unhappy with|about
pattern 110 : frown upon|on
pattern 110 : question * legitimacy|motive|decision|wisdom
pattern 110 : warn against

# --- 111 criticize or denounce -----------------------------------------------------------
pattern 111 : condemn
pattern 111 : criticize|criticise
pattern 111 : critical of
pattern 111 : denounce
pattern 111 : decry
pattern 111 : deplore
pattern 111 : censure
pattern 111 : rebuke
pattern 111 : lambaste
pattern 111 : berate
pattern 111 : chastise
pattern 111 : castigate
pattern 111 : reprimand
pattern 111 : slam
pattern 111 : =blasted
pattern 111 : assail
pattern 111 : scold
pattern 111 : ridicule
pattern 111 : deride
pattern 111 : vilify
pattern 111 : demonize|demonise
pattern 111 : insult
pattern 111 : =mocked|mocking
pattern 111 : lash out at
pattern 111 : hit out at
# Attacking a plan, a policy or a forecast is criticising it, not force
# ("attacked the Tory plans", "attacked OECD forecasts").
pattern 111 [hasobj,verb] : attack * plan|proposal|policy|forecast|remark|decision|budget|bill|report|comment|speech|idea|record|scheme|strategy|stance|handling|approach|reform|legislation|ruling|statement|claim|programme|program|manifesto
# Idioms of criticism in news English, South Asian English included ("flayed the
# government", "came down heavily on", "took a swipe at").
pattern 111 : flay
# Criticism received: the one it comes from criticises the subject ("the move
# drew flak from the Congress", "came under fire from allies").
pattern 111 [from,srcobj] : draw * flak|criticism|fire|ire|condemnation|censure|rebuke from
pattern 111 [from,srcobj] : come under * fire|attack|criticism from
# An attack in words: the adjective says so ("a blistering attack on the government").
pattern 111 : blistering|scathing|stinging|verbal|withering|vitriolic attack on|against
pattern 111 : launch * blistering|scathing|stinging|verbal|withering|vitriolic attack on|against
pattern 111 : come down * heavily|hard on|upon
pattern 111 : take * swipe|dig|potshot at
pattern 111 : find fault with
pattern 111 : take aim at
pattern 111 : round on
pattern 111 : pour scorn on
pattern 111 : criticism of
pattern 111 : condemnation of
pattern 111 : strongly condemn
pattern 111 : issue * condemnation of
pattern 111 : call * move|decision|action|plan|attack * unacceptable|illegal|provocative|irresponsible|outrageous
pattern 111 : describe|term|brand|label * as * unacceptable|illegal|provocative|irresponsible|outrageous|undemocratic|unconstitutional|fascist|dictatorial|authoritarian|corrupt|criminal|shameful|disgraceful|racist|inhuman|barbaric|cowardly|unjust|anti-people|draconian|repressive
# Naming someone by a charge ("branded the minister a traitor", "termed the
# violence state-sponsored terrorism").
pattern 111 : brand|label|term * traitor|traitors|terrorist|terrorists|murderer|murderers|criminal|criminals|liar|dictator|fascist|fascists|terrorism|genocide
pattern 111 [from,srcobj] : face * criticism|flak|censure|condemnation|backlash|ire from

# --- 112 accuse ------------------------------------------------------------------------------
pattern 112 : accuse
pattern 112 : blame
pattern 112 : allege
pattern 112 : point * finger at
pattern 112 : accusation against
pattern 112 : allegation against
pattern 112 : level * accusation|allegation|charge against
pattern 1121 : accuse of * corruption|fraud|bribery|crime|smuggling|terrorism|theft|trafficking|laundering|embezzlement|murder|killing|kidnapping|piracy|hacking
pattern 1121 : charge with * corruption|fraud|bribery|crime|smuggling|terrorism|theft|trafficking|laundering|embezzlement|murder|kidnapping
pattern 1121 [hasobj] : charge * with
pattern 1121 [hasobj] : =charged|charging
pattern 1121 [hasobj] : book * under
pattern 1121 [hasobj] : book * for * murder|rioting|arson|assault|rape|theft|fraud|extortion|kidnapping|sedition|violence|attempt|cheating|forgery|possession|looting|offence|offense|crime|conspiracy
pattern 1121 : blame for * crime|corruption|killing|murder
pattern 1121 : accuse of * steal|bribe|cheat|rig|corrupt
pattern 1121 : accuse of * election|vote fraud|rigging
pattern 1122 : accuse of * human right abuse|violation
pattern 1122 : accuse of * abuse|torture|persecution|repression|discrimination|mistreatment|crackdown
pattern 1122 : accuse of * persecute|repress|detain|torture|abuse
pattern 1122 : accuse of * violating * human right
pattern 1123 : accuse of * aggression|attack|provocation|invasion|incursion|shelling|bombing|violation|aggressive|militarism
pattern 1123 : accuse of * violating * ceasefire|truce|airspace|border|sovereignty|territory
pattern 1123 : accuse of * attack|shell|shelling|bomb|bombing|invade|provoke|launch
pattern 1123 : blame for * attack|bombing|shelling|strike|violence|escalation|incursion
pattern 1124 : accuse of * war crime
pattern 1124 : accuse of * genocide|atrocity|atrocities|massacre
pattern 1124 : accuse of * ethnic cleansing
pattern 1124 : accuse of * crime against humanity
pattern 1124 : accuse of * committing * war crime
pattern 1124 : accuse of * committing * genocide|atrocity|atrocities|massacre
pattern 1125 : accuse of * spying|espionage|treason|spy|sabotage|interference|meddling
pattern 1125 : accuse of * interfere|meddle
pattern 1125 : charge with * spying|espionage|treason

# --- 113 rally opposition ----------------------------------------------------------------------------
pattern 113 [against] : rally * support
pattern 113 : rally * ally|allies|support|country|nation|opposition|world against
pattern 113 : mobilize|mobilise * against
pattern 113 : build * coalition against
pattern 113 : form * front against
pattern 113 : unite against
pattern 113 : campaign against
pattern 113 : lobby against
pattern 113 : call for * boycott of
pattern 113 : urge * to boycott
pattern 113 : call for * isolation of
pattern 113 : urge * to isolate

# --- 114 complain officially -----------------------------------------------------------------------
pattern 114 [with] : lodge * complaint|protest
pattern 114 [with] : file * complaint|protest
pattern 114 [with] : register * complaint|protest
pattern 114 [to] : send * protest note|letter
pattern 114 [to] : send * note of protest
pattern 114 [to] : deliver * protest|demarche|démarche|complaint
pattern 114 [to] : issue * demarche|démarche
pattern 114 [to] : hand * protest note
pattern 114 : formal protest to|with
pattern 114 : complain to
pattern 114 : summon
pattern 114 : call in * ambassador|envoy|diplomat|charge|chargé
pattern 114 : petition
pattern 114 [notgt] : launch * petition
pattern 114 : write * letter of complaint to

# --- 115 bring lawsuit -------------------------------------------------------------------------------------
pattern 115 : sue|sued|sues|suing
pattern 115 [against] : file * lawsuit|suit|case|complaint|charge
pattern 115 [against] : bring * case|lawsuit|suit|action|charge
pattern 115 [against] : launch * legal action|proceeding|challenge
pattern 115 [against] : take * legal action
pattern 115 [against] : initiate|institute * proceeding|case
pattern 115 : take * to court
pattern 115 : take * to * international court
pattern 115 [against] : file * case at
pattern 115 : lawsuit against
pattern 115 : indict
pattern 115 : prosecute

# --- 116 find guilty ------------------------------------------------------------------------------------------
pattern 116 : =convicted|convicts
pattern 116 : find * guilty
pattern 116 : find * liable
pattern 116 : rule against
pattern 116 : =sentenced
pattern 116 : sentence * to
pattern 116 : hand down * sentence|verdict to
pattern 116 : guilty verdict against
pattern 116 : pronounce * guilty

+ The United States condemned the North Korean missile launch. => 111 USA > PRK
+ China criticized Japan over its defence budget. => 111 CHN > JPN
+ The Kenyan opposition attacked Uganda's trade plans. => 111 KEN > UGA
+ Israel accused Iran of aggression. => 112 ISR > IRN
+ A Turkish court charged the Kurdish opposition leader with terrorism. => 1121 TUR > TUR
- The company charged its customers with a fee for late payment.
+ Iran was accused of aggression by Israel. => 1123 ISR > IRN
+ India summoned the Pakistani envoy in New Delhi. => 114 IND > PAK
+ Russia denounced NATO on Friday. => 111 RUS > IGO
+ Ukraine sued Russia at the International Court of Justice. => 115 UKR > RUS
+ Germany blamed Russia for the cyberattack. => 112 DEU > RUS
+ Egypt is opposed to the Ethiopian dam project. => 110 EGY > ETH
+ Britain accused China of espionage. => 112 GBR > CHN
+ China was accused of espionage by Britain. => 1125 GBR > CHN
+ A Russian court convicted an American journalist. => 116 RUS > USA
+ Japan lodged a protest with China. => 114 JPN > CHN
- Fans criticized the referee's decision.
- The goalkeeper was blamed for the defeat.
- The film was slammed by reviewers.
- The storm condemned the harvest to ruin.
- The bank charged a fee on every transfer.
+ Kenyan prosecutors charged two former ministers. => 1121 KEN > KEN
+ Two Kenyan opposition leaders were charged on Monday. => 1121 KEN > KEN
+ The Gujarat police booked the VHP leaders under the anti-terror law. => 1121 IND > IND
- The phones were charged overnight.
- The striker charged down the left wing.
+ Ukraine called for a boycott of Russian athletes. => 113 UKR > RUS
- The students campaigned against the new canteen menu.
+ The Indian opposition leader flayed the government over fuel prices. => 111 IND > IND
+ Kenyan bishops came down heavily on the government over the killings. => 111 KEN > KEN
+ The Turkish president took a swipe at the European Union. => 111 TUR > IGO
- The new coach found fault with nothing in the squad's training.
+ The Indian opposition leader made a blistering attack on the government in parliament. => 111 IND > IND
- Kenyan troops launched a fierce attack on the rebel camp.
+ The Indian prime minister drew flak from the Pakistani government. => 111 PAK > IND
+ The Kenyan president came under fire from British lawmakers. => 111 GBR > KEN
- The painting drew praise from critics.

# Holding someone responsible is blaming them.
pattern 112 : hold * responsible|accountable
+ The Kenyan opposition held the government responsible for the riots. => 112 KEN > KEN
- The company holds the record for the largest sale.

# Reported censure: "X said Y was irresponsible" is X criticising Y (the
# speaker is the subject of the reporting verb, the recipient the clause's own
# subject, as for reported demands in 10_demand.pat). Only words whose sense is
# blame of an agent: a judgement of a situation ("unfortunate") is no event.
pattern 111 [speaker,needtgt] : irresponsible|incompetent|inept|partisan|biased|undemocratic|unconstitutional|dishonest|hypocritical|callous|insensitive|negligent|complicit|reckless|arbitrary|vindictive
pattern 111 [speaker,needtgt] : shameful|disgraceful|deplorable|condemnable|reprehensible|unpardonable|unjustifiable|unjustified|inexcusable
pattern 111 [speaker,needtgt] : high-handed|anti-people|anti-poor|anti-farmer|anti-national
pattern 111 [speaker,needtgt] : =failed|fails|failing to
pattern 111 [speaker,needtgt] : betray|mislead|deceive
+ The Kenyan opposition leader said the government was irresponsible. => 111 KEN > KEN
+ The Ugandan foreign minister said Kenya had failed to protect its border. => 111 UGA > KEN
- The Kenyan minister said the weather was unfortunate for the harvest.
- Analysts said the talks had failed to produce a deal.

# Finding fault: "faulted the government", "took the minister to task".
pattern 111 [verb] : fault
pattern 111 : take * to task
+ The Kenyan opposition faulted the government over the riots. => 111 KEN > KEN
+ The Kenyan opposition took the interior minister to task. => 111 KEN > KEN
- The fault lay with the software.
# Calling in is summoning only for an envoy ("called in the Ugandan
# ambassador"), not for receivers or builders.
+ Kenya called in the Ugandan ambassador over the border shooting. => 114 KEN > UGA
- The Kenyan company called in administrators on Friday.
+ The Kenyan opposition has been critical of the new tax law. => 111 KEN > KEN
- The reviewers were critical of the film's ending.
+ Indian police booked five activists under the Arms Act. => 1121 IND > IND
+ Indian police booked three activists for rioting. => 1121 IND > IND
- The minister booked a flight for Monday.
+ The Kenyan opposition described the new security law as undemocratic and repressive. => 111 KEN > KEN
+ The Kenyan opposition described the new security law as a "draconian" act. => 111 KEN > KEN
+ The Ugandan opposition branded the president a dictator. => 111 UGA > UGA
+ The Nigerian governor is facing criticism from opposition parties over the killings. => 111 NGA > NGA
- The reviewer described the new album as shameful for the band.
- The film has faced criticism from reviewers for its length.
