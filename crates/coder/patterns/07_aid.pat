# What it does: codes the provision of aid (CAMEO 07, PLOVER AID): economic and
#   financial aid, military aid (weapons, equipment), humanitarian aid,
#   peacekeeping forces and asylum.
# Why: aid flows are frequent cooperative events; the donor is the subject and
#   the recipient follows "to"/"for" after the aid noun.
# Example: "Japan provided humanitarian aid to Turkey." => 073 JPN > TUR
# Example: "Germany sent tanks to Ukraine." => 072 DEU > UKR
# Counter-example: "The app provides help to new users." (no political actor)
# Counter-example: "The film gives a voice to the forgotten." (figurative)

# --- 070 aid ------------------------------------------------------------------------
pattern 070 : provide * aid|assistance|help|support|supply|relief
pattern 070 : give * aid|assistance|help
pattern 070 : send * aid|assistance|help|supply
pattern 070 : deliver * aid|assistance|supply
pattern 070 : donate
pattern 070 : donate * to
pattern 070 : =aided
pattern 070 : extend * aid|assistance|help
pattern 070 : assist
pattern 070 : come to * aid of
pattern 070 : announce * aid|assistance|funding|package
pattern 070 : hand over * aid|assistance|donation|medicine|food|relief

# --- 071 economic aid -----------------------------------------------------------------
pattern 071 : provide|give|grant|extend|disburse|approve|lend|release|transfer * loan|credit|grant|funding|bailout|million|billion
pattern 071 : provide|give|grant|extend|disburse|approve|send * economic|financial|budget|development * aid|assistance|support
pattern 071 : lend|lent
pattern 071 : lend|lent * to
pattern 071 : loan * to
pattern 071 : bail out
pattern 071 : write off * debt
pattern 071 : cancel * debt
pattern 071 : forgive * debt
pattern 071 : grant * debt relief
pattern 071 : restructure * debt
pattern 071 : =funded|financed|bankrolled
pattern 071 : allocate * million|billion|fund|funding
pattern 071 [to] : contribute * million|billion|fund|funding * to
pattern 071 : earmark * million|billion|aid|fund|funding
pattern 071 : pledge * million|billion * to
pattern 071 : disburse

# --- 072 military aid -------------------------------------------------------------------
pattern 072 : send|supply|provide|deliver|ship|transfer|give|donate * weapon|arm|tank|missile|ammunition|jet|drone|artillery|rocket|munition|howitzer|fighter
pattern 072 : send|supply|provide|deliver|ship|transfer|give|donate * weapon|arm|tank|missile|ammunition|jet|drone|artillery|rocket|munition|howitzer|fighter to
pattern 072 : send|supply|provide|deliver|ship|transfer|give|donate * firearm|rifle|gun|helicopter|vehicle to
pattern 072 : provide|give|offer|conduct * military|peacekeeping|security|counterterrorism * training to
pattern 072 : send|supply|provide|deliver|ship|transfer|give * military * aid|assistance|equipment|support|hardware|package
pattern 072 : =armed * with
pattern 072 : train * soldier|troop|force|army|pilot|military
pattern 072 : supply * with * weapon|arm|ammunition|tank|missile|jet
pattern 072 : approve * arms|weapon * sale|package|transfer to

# --- 073 humanitarian aid ------------------------------------------------------------------
pattern 073 : send|deliver|provide|airlift|ship|give|donate|distribute|rush * humanitarian|food|medical|relief|emergency * aid|supply|assistance|convoy|good|item
pattern 073 : send|deliver|provide|airlift|ship|give|donate|rush * food|medicine|vaccine|tent|blanket|water
pattern 073 : send * rescue|relief|medical * team|worker|personnel
pattern 073 : dispatch * rescue|relief|medical * team|worker|personnel
pattern 073 : airdrop * aid|food|supply
pattern 073 : provide * shelter
pattern 073 : send|deliver|provide|airlift|ship|give|donate|distribute|fly * medical * equipment|supply|kit|expert|team|personnel
pattern 073 : hand over * medical * equipment|supply|kit
pattern 073 : distribute|airlift|fly * supply|food|medicine|tent|blanket|aid|relief
pattern 073 [to] : send|dispatch|deploy * team of * medical|rescue|relief|doctor|expert
pattern 073 : deploy * rescue|search-and-rescue|relief|medical * team|worker

# --- 074 peacekeeping ---------------------------------------------------------------------------
pattern 074 : deploy * peacekeeper|peacekeeping
pattern 074 : send * peacekeeper|peacekeeping
pattern 074 : contribute * peacekeeper|troop to
pattern 074 : extend * mandate
pattern 074 : extend * peacekeeping mission|force|mandate
pattern 074 : renew * mandate
pattern 074 : provide * security|protection to|for
pattern 074 : escort * convoy|ship|vessel|aid
pattern 074 : join * peacekeeping mission|operation|force
pattern 074 : participate|serve in * peacekeeping mission|operation|force
pattern 074 : take part in * peacekeeping mission|operation|force
pattern 074 : contribute * to * peacekeeping

# --- 075 asylum -------------------------------------------------------------------------------------
pattern 075 : grant * asylum
pattern 075 : grant * asylum to
pattern 075 : give * asylum|refuge|sanctuary
pattern 075 : offer * asylum|refuge|sanctuary
pattern 075 : provide * asylum|refuge|sanctuary
pattern 075 : accept * refugee
pattern 075 : accept * asylum seeker
pattern 075 : take in * refugee
pattern 075 : shelter * refugee
pattern 075 : resettle * refugee
pattern 075 : open * border to * refugee|migrant|asylum|displaced
# ... or to the people of a country fleeing it ("opened its borders to Syrians").
pattern 075 [to,needtgt] : open * border
pattern 075 : admit|welcome * refugee
pattern 075 : admit|welcome * asylum seeker

+ Japan provided humanitarian aid to Turkey. => 073 JPN > TUR
+ Germany sent tanks to Ukraine. => 072 DEU > UKR
+ The International Monetary Fund approved a loan for Pakistan. => 071 IGO > PAK
+ China lent two billion dollars to Sri Lanka. => 071 CHN > LKA
+ The British army gave 200 rifles to Kenyan police. => 072 GBR > KEN
+ Canada deployed peacekeepers to Mali. => 074 CAN > MLI
+ Ecuador granted asylum to an Australian journalist. => 075 ECU > AUS
+ The United States delivered military equipment to Taiwan. => 072 USA > TWN
+ The European Union sent food aid to Sudan. => 073 IGO > SDN
+ New Zealand provided an additional two million dollars in emergency assistance to Fiji. => 073 NZL > FJI
+ The United States handed over medical equipment worth four million dollars to the Ethiopian health ministry. => 073 USA > ETH
+ Norway contributed 40 million dollars to the Iraq fund. => 071 NOR > IRQ
+ Britain flew 12 tonnes of medicine into Afghanistan. => 073 GBR > AFG
+ China sent a team of medical experts to Laos. => 073 CHN > LAO
+ Cuba gave medical supplies to Jamaica. => 073 CUB > JAM
+ Irish soldiers joined the United Nations peacekeeping mission in Lebanon. => 074 IRL > LBN
+ Croatia opened its borders to refugees from Serbia. => 075 HRV > SRB
+ Turkey opened its borders to fleeing Syrians. => 075 TUR > SYR
- The minister opened the border crossing for trucks.
- Ghanaian peacekeepers returned home after the mission.
- Japan provided the figures, and Korea asked the bank for assistance.
- The app provides help to new users.
- Kenyan mobile users helped the Red Cross by texting "Donate" to a short number.
- The film gives a voice to the forgotten.
- The storm left the coast without help for days.
# A company's or a bank's loans are business, whoever receives them.
- Barclays bank lent two billion dollars to the Kenyan government.
- The Japanese trading company had 300 million dollars in loans to Brazil.
+ Canada provided assistance to Haiti. => 070 CAN > HTI
+ Kenyan officials handed over tonnes of food to Somali refugees. => 070 KEN > SOM
- The chef handed over the food to the waiter.

# Announcing or approving a grant gives it; a pledge made to a fund is aid promised
# in money (the recipient is in the "to" phrase).
pattern 071 [to] : announce|unveil|approve * grant
pattern 071 [to] : make * pledge
+ The Indian prime minister announced a grant of 200 crore rupees to the state of Kerala. => 071 IND > IND
+ Japan made a 450 million dollar pledge to the Asian Development Bank. => 071 JPN > IGO
- The university announced a grant for research on bees.
