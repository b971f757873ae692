# What it does: codes consultations (CAMEO 04, PLOVER CONSULT): meetings, talks,
#   telephone calls, visits, hosting visitors, meetings at neutral venues,
#   mediation and negotiation.
# Why: consultations are the most frequent diplomatic events in news text; the
#   light verbs ("hold", "pay", "play") are only used together with their nouns.
# Example: "India and Australia held talks in Canberra." => 040 IND,AUS sym
# Example: "The Japanese prime minister visited India." => 042 JPN > IND
# Counter-example: "The company held talks with its creditors." (no political actors)
# Counter-example: "The economy met analysts' expectations." (not a meeting)

# --- 040 consult, meet, talk -------------------------------------------------
pattern 040 [sym] : hold * talk|discussion|consultation|meeting|dialogue
pattern 040 [sym] : hold * summit
pattern 040 [sym] : hold * round of =talks
# A meeting to come: "the next session (of the dialogue)", "the next round"
# (future; scheduled when the text dates it).
pattern 040 [sym] : next * session|round|meeting
pattern 040 [sym] : conduct * talk|discussion|consultation|dialogue
pattern 040 [sym] : engage in * talk|discussion|consultation|dialogue
pattern 040 [sym] : have * talk|discussion|meeting|consultation
pattern 040 [sym] : exchange * view|opinion
pattern 040 [sym] : resume * talk|discussion|dialogue|consultation
pattern 040 [sym] : renew|resume * negotiation
pattern 040 [sym] : open * talk|dialogue
pattern 040 [sym] : begin|start|launch * talk|dialogue|consultation
pattern 040 [sym] : convene * meeting|talk
pattern 040 : meet
pattern 040 : meet with
pattern 040 : meet up with
pattern 040 : sit down with
pattern 040 : =talk|talked|talking with|to
pattern 040 : =in =talks with
pattern 040 : speak with
pattern 040 : confer with
pattern 040 : consult
pattern 040 : consult with
pattern 040 : hold * consultation with
pattern 040 : discuss
pattern 040 : meeting with
pattern 040 : summit with
pattern 040 : dialogue with
pattern 040 : consultation with
pattern 040 : discussion|negotiation|conversation with
# A working meal is a meeting ("had lunch with the French president").
pattern 040 [with] : have|had|host * lunch|dinner|breakfast|luncheon with
pattern 040 : during =talks with
pattern 040 [sym] : join * for * talk|meeting|summit|consultation
pattern 040 [sym] : gather|meet for * talk|meeting|summit
pattern 040 : exchange * view with
pattern 040 [to] : send * envoy|delegation|emissary
pattern 040 : hold * summit with
pattern 040 : convene with

# --- 041 telephone ------------------------------------------------------------
pattern 041 : =phoned|telephoned|phoning|telephoning
pattern 041 [next] : =called|calls|rang
pattern 041 : phone|telephone call with
pattern 041 : phone|telephone conversation with
pattern 041 [sym] : hold * phone|telephone call|conversation|talk
pattern 041 [sym] : have * phone|telephone call|conversation|talk
pattern 041 [with] : speak * by|over phone|telephone
pattern 041 [with] : talk * by|over phone|telephone
pattern 041 : make * phone|telephone call to
pattern 041 [sym] : hold * video call|conference
pattern 041 : video call with
pattern 041 : receive * phone|telephone call from

# --- 042 visit ---------------------------------------------------------------
pattern 042 : visit
pattern 042 : pay * visit to
pattern 042 : make * visit to
pattern 042 : state|official visit to
pattern 042 : trip to
pattern 042 : travel to
pattern 042 : fly to
pattern 042 : set off for
pattern 042 : embark on * visit to
pattern 042 : lead * delegation to

# --- 043 host a visit -----------------------------------------------------------
# Hosting is a visit's only with a person or official as guest ("hosted the Pakistani
# prime minister"), not a team, a show or a forum.
pattern 043 [next,verb] : host
pattern 043 : host * summit|meeting|conference|dinner|banquet|reception|talks|session
pattern 043 : play host to
pattern 043 : receive * =visiting
pattern 043 : welcome * =visiting
pattern 043 : give|extend|accord * welcome
pattern 043 [from] : receive * visit
pattern 043 : roll out * red carpet for
pattern 043 : receive * delegation from
pattern 043 : host * delegation from
pattern 043 [from] : host * visit

# --- 044 meet at a third location ----------------------------------------------
pattern 044 [sym] : meet on * sideline
pattern 044 [sym] : hold * talk|meeting on * sideline
pattern 044 [sym] : hold * talk at * neutral venue

# --- 045 mediate ------------------------------------------------------------------
pattern 045 : mediate
pattern 045 : mediate between
pattern 045 : mediate in
pattern 045 : act as * mediator|go-between|intermediary between
pattern 045 : broker * talk|negotiation between
pattern 045 : broker * truce|ceasefire|deal between
pattern 045 : shuttle between
pattern 045 : facilitate * talk|negotiation between
pattern 045 : host * talk|negotiation between
pattern 045 : mediation between
pattern 045 : launch|begin|start|lead * mediation

# --- 046 negotiate ----------------------------------------------------------------
pattern 046 : negotiate
pattern 046 : negotiate with
pattern 046 : bargain with
pattern 046 [sym] : hold * negotiation
pattern 046 [sym] : conduct * negotiation
pattern 046 [sym] : resume * negotiation
pattern 046 [sym] : begin|start|open|launch|enter * negotiation
pattern 046 [sym] : engage in * negotiation
pattern 046 [sym] : hold * round of negotiation
pattern 046 : negotiation with
pattern 046 [sym] : hold * peace talk

+ During discussions with the Australian foreign minister, India's defence minister praised the partnership. => 040 AUS,IND sym
+ The Japanese prime minister called his Indian counterpart on Monday. => 041 IND,JPN sym
+ The Kenyan president joined his Ugandan counterpart for talks in Kampala. => 040 KEN,UGA sym
+ India and Australia held talks in Canberra. => 040 IND,AUS sym
+ The Japanese foreign minister met with his Chinese counterpart. => 040 JPN > CHN
+ The French president met the Egyptian foreign minister in Paris. => 040 FRA > EGY
+ German officials discussed energy supplies with Norway. => 040 DEU > NOR
+ The Russian president phoned the Turkish president on Tuesday. => 041 RUS > TUR
+ The Indian prime minister visited Japan. => 042 IND > JPN
+ The Brazilian foreign minister paid a visit to Argentina. => 042 BRA > ARG
+ China hosted the Pakistani prime minister in Beijing. => 043 CHN > PAK
+ Qatar mediated between Israel and Palestinian officials. => 045 QAT > ISR,PSE
+ Ukraine negotiated with Russia over grain exports. => 046 UKR > RUS
+ Armenia and Azerbaijan held negotiations in Washington. => 046 ARM,AZE sym
+ The British prime minister held a phone call with the American president. => 041 GBR,USA sym
- The Kenyan government struggled to meet the bill for the new stadium.
- The new phone was launched on Monday.
- The economy met expectations in the third quarter.
- The exhibition was visited by thousands on Sunday.
- The conference discussed the new treatment.
- The talk show host received a warm welcome from the audience.
- The Japanese prime minister called the Indian budget a mistake.
+ The Indian and Chinese foreign ministers met on the sidelines of the summit. => 044 CHN,IND sym
- The French president watched the final from the sidelines.
+ Japan and India agreed to deepen cooperation, with the next session of their dialogue scheduled for May 2025. => 040 IND,JPN sym
- The next session of the film festival opens in May.
+ The Indian prime minister will visit Japan next month. => 042 IND > JPN

# Talks named by their noun, wherever the noun stands ("after talks with",
# "talks between A and B resumed"): the noun names the meeting itself.
pattern 040 : =talks with
pattern 040 [sym] : =talks between
pattern 046 [sym] : negotiation between
pattern 040 [sym] : discussion between
# Attending a meeting held by others is meeting at a third place.
pattern 044 : attend * summit|conference|meeting|talk|session
+ After talks with the Ugandan president, the Kenyan foreign minister left Nairobi. => 040 KEN > UGA
+ Talks between Kenya and Uganda resumed in Nairobi on Monday. => 040 KEN,UGA sym
+ Negotiations between the Sudanese government and the rebels resumed on Monday. => 046 SDN sym
+ The Kenyan president attended the summit in Addis Ababa. => 044 KEN > -
- The singer held talks with her record label about a new album.
- Thousands of fans attended the concert in Nairobi.
- The Kenyan minister hired a consulting firm to review the budget.
+ Earlier, the Kenyan foreign minister called on the Ugandan president in Kampala. => 042 KEN,UGA sym
+ Armenia and Azerbaijan renewed negotiations on a peace treaty. => 040 ARM,AZE sym
- The footballer renewed negotiations over his contract.
+ Qatar launched a mediation effort between Sudan and Chad. => 045 QAT > SDN,TCD
- The company began mediation with its landlord.
+ The Indian prime minister gave a warm welcome to the Japanese prime minister. => 043 IND > JPN
- The fans gave a warm welcome to the band.
- Kenyan exporters struggled to meet EU requirements.
- The Ugandan minister met his death in a car crash.
- Kenyan striker Omondi scored 30 points for host Kisumu.
- The Kenyan city of Mombasa will host the rival social forum.
+ The Indian prime minister will host a dinner for the Israeli prime minister on Monday. => 043 IND > ISR
+ The Kenyan president had lunch with the Ugandan prime minister in Nairobi. => 040 KEN,UGA sym
- The striker had lunch with his agent on Friday.
