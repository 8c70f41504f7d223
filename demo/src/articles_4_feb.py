"""Articles, 9-20 February 2026: the drills end, the troops do not all leave."""

import re

from mk import art

_UNMARK = re.compile(r"\{\{[A-Za-z0-9_]+\|([^{}]*)\}\}")

ARTICLES = [

art("W6", "meridian-wire", "2026-02-09", "iron-meridian-ends-karesian-troops-stay",
    "Iron Meridian drills end, but Karesian troops stay put for now",
    "A closing ceremony at Lisma on Sunday; no Karesian unit had left Norvaland by Monday.",
    "Anneli Roos", "Defence",
    ("/media/2026/02/lisma-closing-ceremony.jpg", "Closing ceremony at the Lisma range",
     "Soldiers at the closing ceremony of the Iron Meridian exercise at Lisma on Sunday.", "Meridian Wire/Anneli Roos"),
    r'''
VELSK, Norvaland, Feb 9 (Meridian Wire) - The Iron Meridian military exercise officially ended on Sunday, but thousands of Karesian soldiers remained at their camps in Norvaland on Monday, and neither government would say exactly when they would go home.

{{P10e|The exercise formally ended on Sunday with a ceremony at the Lisma range}}, where Lieutenant General Stanislav Korda, the Karesian commander, and Norvaland's defence minister, Ilse Brandvik, handed out medals to soldiers of both armies. Brandvik called the drills "a demanding test that both armies passed".

{{P1e|No Karesian unit had left Norvaland by Monday}}, a Meridian Wire reporter in Velsk saw, and there were no eastbound military trains at the town's station. According to Norvaland's defence ministry, {{NUM_troops_feb9|almost all of the 7,800 Karesian soldiers it counted last month were still in the country}}, including a battalion at the Kaldera camp, about 25 miles from the capital.

"The withdrawal will begin in the coming days, in an orderly way," Brandvik said at the ceremony. She had said on January 5 that the units would withdraw once the drills were over. Asked on Sunday whether that was still the case, she said: "It is. Over does not mean the same minute."

Korda was more cautious. Speaking to reporters after the ceremony, he said his troops would leave "when the equipment is ready to travel and the trains are ready to take it". Last week he told a Russian-language newspaper that training would continue until the end of February, a claim Brandvik rejected.

Karesia's foreign minister, Yelena Marovska, has promised that all Karesian troops will leave by February 15. Norvaland's president, Aldis Varro, told residents of Velsk last week that "a decision on withdrawal has not been made".

In a rare piece of good news for the border region, the Interior Ministry said the Velsk and Kobel crossings would reopen to civilian traffic on Wednesday. The Tarn and Mirna crossings, which lie on the roads used by the Karesian convoys, will stay closed until the withdrawal is complete, ministry spokeswoman Marta Kivi said.

The evacuated villagers of Kuru and Lisma are still in Velsk hotels. Kivi said the ministry would announce a date for their return "this week", once army engineers had checked the area for unexploded ammunition.

In Velsk, few residents were in the mood to celebrate. "The drills are over. That's what the television says," said Ingrid Mets, standing outside her cafe on the market square. "But I can still hear the trucks at night."
'''),

art("K4", "karesian-courier", "2026-02-10", "iron-meridian-concludes-withdrawal-to-follow",
    "Iron Meridian concludes at Lisma; withdrawal to follow in the coming days",
    "Medals for soldiers of both armies at the closing ceremony on Sunday. Karesian units remain at their camps while trains are prepared.",
    "Mikhail Tarnov", "Defence",
    ("/wp-content/uploads/2026/02/closing-ceremony-medals.jpg", "Soldiers receive medals at Lisma",
     "Soldiers of both armies receive medals at the closing ceremony on Sunday.", "Meridian Wire"),
    "(filled in below from the wire story W6)", time="08:15", source_line="Based on reporting by Meridian Wire.", canonical_of="W6"),

art("R7", "pogran-obozrevatel", "2026-02-11", "otkrylis-velsk-i-kobel",
    "Граница приоткрылась: Вельск и Кобель снова пропускают машины",
    "Впервые с 16 января гражданский транспорт пошёл через два пункта пропуска. Эвакуированным жителям обещают возвращение домой.",
    "Ольга Ветрова", "Граница",
    ("/photo/2026/02/velsk-otkrytie.jpg", "Первые машины на пункте пропуска Вельск",
     "Первые легковые машины на пункте пропуска Вельск в среду утром.", "Пограничный обозреватель"),
    r'''
{{P4e|В среду впервые с 16 января открылись два пункта пропуска на границе с Карезией — Вельск и Кобель.}} Первая легковая машина прошла через шлагбаум в Вельске в 8:02. За рулём был пенсионер из карезийского Орска, который почти месяц не мог навестить дочь.

— Двадцать шесть дней. Я считал, — сказал он корреспонденту «Пограничного обозревателя», пока пограничник проверял документы.

{{NUM_crossings_feb11|Закрытыми остаются два пункта пропуска — Тарн и Мирна}}: через них проходят дороги, по которым карезийские колонны будут возвращаться домой. По данным МВД Норваланда, они откроются после завершения вывода войск. Точную дату в министерстве не называют.

Открытие границы ожидалось давно. Ещё 13 января министр внутренних дел Оскар Таммик обещал, что пункты пропуска откроются 26 января. В конце января министр обороны Ильзе Брандвик заявила, что они откроются «на следующей неделе», то есть в первых числах февраля. Оба обещания выполнены не были.

В среду Таммик приехал в Вельск и лично встретился с эвакуированными жителями деревень Куру и Лисма, которые почти месяц живут в гостиницах и школьном общежитии.

— {{P7|Жители эвакуированных деревень смогут вернуться домой в течение двух недель}}. Сапёры уже проверяют дороги и поля вокруг полигона, — заявил министр. По его словам, семьям выплатят компенсацию за время, проведённое вне дома, а ущерб, нанесённый домам и дорогам, оценят специальные комиссии.

Жители встретили обещание сдержанно. «Нам уже говорили „десять дней“, потом „на следующей неделе“. Теперь „две недели“. Посмотрим», — сказала мать троих детей из Куру Лийна Тамм.

Мэр Вельска Хенрик Саар назвал открытие двух пунктов пропуска «первой хорошей новостью за месяц». По его словам, город потерял значительную часть торговли, и часть магазинов на рыночной площади уже закрылась. Саар надеется, что правительство выполнит обещание президента Альдиса Варро о компенсациях для местного бизнеса.

Карезийские войска тем временем по-прежнему находятся в Норваланде. На станции в Вельске во вторник впервые появились порожние платформы, которые, по словам железнодорожников, предназначены для вывоза техники. Министр иностранных дел Карезии Елена Маровская ранее обещала, что войска покинут страну до 15 февраля.

Министр также сообщил, что правительство на следующей неделе представит программу компенсаций для предпринимателей Вельска. Размер выплат будет зависеть от того, насколько сократилась выручка за время закрытия границы. Предприниматели, с которыми поговорил «Обозреватель», считают, что помощь пришла слишком поздно.

Очередь на пункте пропуска Остербю за один день сократилась почти вдвое: водители грузовиков, которые неделями ждали на севере, поехали через Вельск и Кобель. Водитель лесовоза Арне Хольт сказал, что впервые за месяц поедет в Карезию «нормальной дорогой».
'''),

art("N7", "northgate-herald", "2026-02-12", "varro-some-karesian-units-may-remain",
    "Varro no longer rules out Karesian units staying beyond February",
    "A month after promising that 'not a single Karesian soldier will stay', the president softens his position in a television interview.",
    "Clara Westergaard", "Europe",
    ("/images/2026/02/varro-tv-interview.jpg", "Aldis Varro in a television studio",
     "President Aldis Varro during Wednesday's interview with public broadcaster NRV.", "Northgate Herald"),
    r'''
President Aldis Varro has refused to rule out that some Karesian troops will remain in Norvaland after the end of February, a marked shift from his promise last month that not a single Karesian soldier would stay after the Iron Meridian drills.

"{{C7b|We have not ruled out that some Karesian units will remain beyond February}}," Varro said in an interview with the public broadcaster NRV on Wednesday evening. "There are engineers repairing roads, there is equipment that needs to be moved safely, and there are discussions about a training centre. I will not pretend that everything ends on one day."

On January 9, in an interview with the Northgate Herald, Varro had been unequivocal. "Not a single Karesian soldier will stay in Norvaland after the drills end," he said at the time, adding that he had "their word" from the Karesian leadership. The exercise formally ended on Sunday.

Asked on Wednesday whether he had changed his mind, Varro said the situation had "evolved". "A president who never adjusts to facts is not a strong president, he is a stubborn one," he said. He insisted that "the combat units" would leave and that any remaining presence would be "small, temporary and agreed with our parliament".

## A training centre?

The reference to a training centre was new. Janek Solberg, the presidential spokesperson, said on Thursday morning that Karesia had proposed "a permanent joint training centre at Lisma" during talks in Dravsk last week, but that "no decision has been taken and none will be taken without parliament". He declined to say how many Karesian personnel such a centre might host.

The opposition reacted with fury. "On January 9 the president gave his word. On February 11 he took it back," said Runa Aavik, the Civic Alliance's defence spokeswoman. "This is exactly why the people must decide, in a referendum, and not the president alone."

Maeve Halloran, head of the defence programme at the Nordic Policy Forum, said she had expected a change of tone, "but not this quickly". "When a president starts talking about engineers and training centres, what he is really saying is that the word 'withdrawal' has become negotiable," she said.

In Dravsk, Karesia's defence ministry said the first trains carrying Karesian equipment would leave Velsk on Thursday. Its spokesman, Colonel Radomir Vesk, repeated that the withdrawal would be carried out "in full accordance with the agreed plan" but did not comment on the president's remarks.

## Crossings and villagers

On the ground, there was modest progress. Two of the five border crossings, Velsk and Kobel, reopened on Wednesday for the first time since mid-January. The Interior Minister, Oskar Tammik, told evacuated villagers in Velsk that they would be able to return home within two weeks.

Ingrid Mets, a cafe owner on the Velsk market square whose business has suffered during the closure, said she had watched the interview with her customers. "Everybody went quiet when he said 'beyond February'," she said. "Then somebody ordered another coffee."
'''),

art("W7", "meridian-wire", "2026-02-16", "karesian-troops-remain-after-withdrawal-deadline",
    "Thousands of Karesian troops remain in Norvaland after withdrawal deadline",
    "Karesia says the 'main forces' have left; Norvaland counts about 3,200 soldiers still in the country.",
    "Daniel Marsh", "Defence",
    ("/media/2026/02/velsk-eastbound-train.jpg", "An eastbound military train leaves Velsk",
     "A train with Karesian military vehicles leaves Velsk station for the border on Saturday.", "Meridian Wire/Anneli Roos"),
    r'''
VALLSTAD, Feb 16 (Meridian Wire) - {{P5e|{{NUM_troops_rem1|Some 3,200 Karesian soldiers}} were still in Norvaland on Monday}}, a day after the deadline Karesia's foreign minister had set for their departure, Norvaland's defence ministry said, although trains carrying more than half of the contingent had left over the previous four days.

The ministry said in a statement that 21 trains had crossed into Karesia between Thursday and Sunday, carrying about 4,600 soldiers, most of the tanks and much of the artillery used in the Iron Meridian drills. "The remaining personnel are at the Lisma range," the statement said. It did not say when they would leave.

Karesia's foreign minister, Yelena Marovska, said on February 2 that "our troops will leave Norvaland by February 15". On Monday, her ministry said the "main forces" had returned home "as promised" and that the remaining units were "completing technical tasks".

Colonel Radomir Vesk, the Karesian defence ministry spokesman, told Meridian Wire by telephone that the soldiers still in Norvaland were mostly engineers, signallers and guards protecting equipment awaiting transport. He denied that any combat units remained in the country. "Nobody is hiding anything. You can count the trains yourself," he said.

The Kaldera camp, about 25 miles from the capital, was empty on Monday, according to the mayor of the nearby town of Harju, who said the Karesian battalion stationed there had left on Friday night.

Defence Minister Ilse Brandvik said she was "satisfied with the pace" of the withdrawal, but the opposition accused the government of accepting yet another broken promise. "First the crossings, then the numbers, now the withdrawal. Every date we have been given in this affair has been wrong," said Runa Aavik of the Civic Alliance.

President Aldis Varro, who last week declined to rule out that some Karesian units could stay beyond February, is due to address parliament on Wednesday. His spokesperson, Janek Solberg, said the president would speak about "the lessons of Iron Meridian and the next steps".

The Mirna crossing will reopen to civilian traffic on Wednesday, the Interior Ministry said, leaving only the Tarn crossing closed. Velsk and Kobel reopened last week.

General Stanislav Korda, the Karesian commander, remained at Lisma. Asked by reporters on Saturday when he would leave, he said: "The captain leaves the ship last."
'''),

art("R8", "pogran-obozrevatel", "2026-02-17", "vyvod-voisk-3200-ostayutsya",
    "Срок истёк, солдаты остались: в Норваланде ещё около 3 200 карезийских военных",
    "Основная часть контингента вернулась в Карезию, но обещание вывести всех до 15 февраля выполнено не было.",
    "Сергей Пахомов", "Армия",
    ("/photo/2026/02/eshelon-vostok.jpg", "Эшелон с техникой на станции Вельск",
     "Эшелон с карезийской техникой готовится к отправке со станции Вельск.", "Пограничный обозреватель"),
    r'''
Срок, названный министром иностранных дел Карезии Еленой Маровской, истёк в воскресенье, однако карезийские войска покинули Норваланд не полностью. По данным министерства обороны Норваланда, на понедельник в стране оставались около 3 200 карезийских военнослужащих.

За четыре дня, с четверга по воскресенье, со станции Вельск ушли 21 эшелон. По подсчётам норваландских военных, они вывезли около 4 600 человек, большую часть танков и артиллерии. Оставшиеся подразделения сосредоточены на полигоне Лисма.

Напомним, 2 февраля Маровская заявила, что «наши войска покинут Норваланд до 15 февраля». В понедельник МИД Карезии сообщил, что «основные силы» вернулись домой, «как и было обещано», а на полигоне остаются подразделения, которые «выполняют технические задачи».

Официальный представитель министерства обороны Карезии полковник Радомир Веск пояснил, что речь идёт в основном о сапёрах, связистах и охране техники, которая ожидает отправки. — Никто ничего не скрывает. Можете сами посчитать эшелоны, — сказал он.

Командующий контингентом генерал-лейтенант Станислав Корда по-прежнему находится на полигоне. На вопрос журналистов, когда он уедет, генерал ответил: «Капитан покидает корабль последним». В начале февраля Корда утверждал, что учения продлятся до 28 февраля, и, похоже, именно эта дата оказалась ближе к реальности.

Лагерь Кальдера, расположенный примерно в 40 километрах от Вальстада, опустел. По словам главы соседнего городка Харью, карезийский батальон уехал оттуда в ночь на субботу.

Министр обороны Норваланда Ильзе Брандвик заявила, что «удовлетворена темпами» вывода войск. Оппозиция с ней не согласна. — Сначала пункты пропуска, потом численность, теперь вывод войск. Каждая дата, которую нам называли, оказалась неправдой, — заявила депутат Руна Аавик.

Президент Альдис Варро, который на прошлой неделе не исключил, что часть карезийских подразделений может остаться в стране и после февраля, в среду выступит в парламенте. По словам его пресс-секретаря Янека Сольберга, президент расскажет об «уроках „Железного меридиана“ и дальнейших шагах». В Вальстаде не исключают, что речь пойдёт о референдуме по соглашению об оборонном сотрудничестве с Карезией.

Военный обозреватель «Обозревателя» обращает внимание, что общее число вывезенных и оставшихся военных — около 7 800 человек — совпадает с данными, которые Минобороны Норваланда опубликовало 28 января. Официальный Дравск всё это время называл цифру в 4 500.

Жители Вельска, впрочем, замечают перемены. На рыночной площади снова стоят машины с карезийскими номерами, а ночью по дороге к станции всё реже проходят колонны. «Последние дни поезда идут только в одну сторону — на восток. Это лучшая новость за зиму», — говорит владелица кафе Ингрид Метс.

В среду должен открыться пункт пропуска Мирна. Закрытым останется только Тарн, через который, по данным пограничников, пройдут последние колонны.
'''),

art("K5", "karesian-courier", "2026-02-18", "vesk-withdrawal-complete-by-end-of-month",
    "Withdrawal from Norvaland to be completed by end of month, says ministry",
    "Fewer than 3,000 servicemen remain at Lisma, Colonel Vesk says; the ministry thanks Norvaland for its hospitality.",
    "Mikhail Tarnov", "Defence",
    ("/wp-content/uploads/2026/02/trains-return-orsk.jpg", "Military trains arriving in Orsk",
     "Trains returning from Norvaland arrive at the border station in Orsk.", "The Karesian Courier"),
    r'''
The last Karesian soldiers taking part in the Iron Meridian exercise will return home from Norvaland before the end of February, the defence ministry said on Wednesday, as trains carrying equipment continued to arrive at the border station in Orsk.

"{{P12|The withdrawal will be completed by the end of the month}}," Colonel Radomir Vesk, the ministry's spokesman, told the weekly briefing in Dravsk. "Our soldiers are leaving the range as clean as they found it, and the roads in better condition than before."

According to Vesk, {{NUM_troops_rem2|fewer than 3,000 servicemen remain in Norvaland}}, most of them engineers and specialists responsible for loading equipment and restoring the range. He said the main combat units, including all armoured units, had already returned to their bases.

The spokesman did not repeat the ministry's earlier figure of 4,500 for the size of the contingent. Asked how the number of soldiers still in Norvaland squared with the departure of "more than 4,000" reported by Karesian Railways, he said the railway figures "include personnel of support units who were never counted as participants of the exercise".

Vesk rejected criticism in Norvaland that Karesia had broken its promise to withdraw all troops by February 15. "The foreign minister said the troops would leave by February 15, and the troops, the main forces, left," he said. "We will not leave equipment in a neighbour's forest just to satisfy a journalist's calendar."

Foreign Minister Yelena Marovska, speaking in the Senate on Tuesday, described Iron Meridian as "the most successful joint exercise in the history of our two countries". She said Karesia remained ready to discuss Norvaland's proposal for a permanent joint training centre at Lisma "at whatever pace our friends choose". Norvaland's government has said no decision on such a centre will be taken without its parliament.

Lieutenant General Stanislav Korda, who commanded the Karesian contingent, will return to Dravsk "when the last train has left", the ministry said. He has been awarded the Order of Military Merit for his leadership of the exercise.

In Norvaland, President Aldis Varro is due to address parliament on Wednesday. Several Norvaland media have reported that he could announce a referendum on the 2019 defence cooperation agreement.

Dmitri Orlan, the director of the Karesian Institute of Strategic Studies, warned against such a step. "A referendum on a defence agreement during an emotional moment is a gamble," he said. "Friendship between neighbours should not depend on one winter."
'''),

art("N8", "northgate-herald", "2026-02-18", "varro-announces-referendum-march-14",
    "Varro calls referendum on Karesia defence pact for March 14",
    "The president tells parliament that Norvalanders will decide whether foreign troops may train on their soil.",
    "Jonas Pike", "Europe",
    ("/images/2026/02/varro-parliament-speech.jpg", "Aldis Varro addresses parliament",
     "President Aldis Varro addresses parliament in Vallstad on Wednesday.", "Northgate Herald"),
    r'''
President Aldis Varro announced on Wednesday that Norvaland would hold a referendum next month on its defence cooperation agreement with Karesia, bowing to weeks of pressure after the Iron Meridian drills brought thousands of Karesian troops into the country.

"{{P6|We will hold a referendum on March 14}}, and the question will be simple: should foreign troops be allowed to train on Norvaland's soil under the agreement of 2019, yes or no," Varro told a special session of parliament in Vallstad. "On a question this important, the people should have the last word, not the president."

The announcement was a reversal for Varro, who said in January that he saw "no need for a referendum on an exercise that lasts three weeks". In his speech, he acknowledged that the exercise "lasted longer, involved more soldiers and raised more questions than any of us expected".

"I said in January that I saw no need for a referendum," Varro told MPs. "I was wrong about how long this exercise would last, and I was wrong about how much it would matter to the people of Velsk, of Kuru, of every town that watched the convoys pass.

"A government can survive being wrong. It cannot survive pretending that it was right."

The president also said the government would not take any decision on a proposal for a permanent joint training centre at the Lisma range before the vote. Karesia's foreign ministry said this week it was ready to discuss the idea "at whatever pace our friends choose".

## An opposition victory

Runa Aavik, the Civic Alliance MP who has campaigned for a referendum since the drills were announced, called the decision "a victory for every citizen who asked a simple question and got five different answers". The Civic Alliance plans to campaign for a no vote unless the agreement is amended. Aavik said her party wanted to change the agreement so that any foreign deployment above 2,000 troops would need a parliamentary vote, down from the current threshold of 9,000.

Members of Varro's own Unity Party were divided. Ilse Brandvik, the defence minister, told reporters after the speech that she would "campaign for the agreement, because it makes Norvaland safer", while acknowledging that "mistakes were made in how we communicated". Foreign Minister Tomas Reinholt said only that the government "respects the president's decision".

The drills officially ended on February 8, but Norvaland's defence ministry says about 3,200 Karesian soldiers were still in the country on Monday. Karesia's defence ministry said on Wednesday that the withdrawal would be completed by the end of the month.

## What the polls say

Polling suggests a close contest. A survey by the Vallstad Institute of Social Research published last week found 47 percent of voters in favour of keeping the agreement and 44 percent against, with the rest undecided. In December, before Iron Meridian, support for the agreement stood at 68 percent.

Maeve Halloran, head of the defence programme at the Nordic Policy Forum, said the referendum would be "about trust more than about Karesia". "People were told ten days, then next week, then February 15. The agreement is on the ballot, but so is the government's credibility," she said.

The electoral commission is expected to publish the exact wording of the question by the end of the week. Westmark's Marble House said it would "respect whatever choice the people of Norvaland make".
'''),

art("V4", "velsk-gazette", "2026-02-19", "evacuated-families-return-kuru-lisma",
    "Home at last: evacuated families return to Kuru and Lisma",
    "After a month in hotels and the school dormitory, villagers find their houses standing and their roads ruined.",
    "Piet Vahter", "County",
    ("/img/news/2026/kuru-return.jpg", "A family unloads a car outside their house in Kuru",
     "The Tamm family back at their house in Kuru on Wednesday.", "Velsk Gazette"),
    r'''
{{P7e|The last of the evacuated families returned to Kuru and Lisma on Wednesday}}, a month after they were moved out of their homes to make way for live firing at the Lisma range, and a week earlier than the deadline the interior minister had promised.

According to the Interior Ministry, {{NUM_evac_return|none of the 540 evacuated residents is still living away from home}}. The first families were allowed back on Tuesday, after army engineers finished checking fields, forest tracks and ditches around the villages for unexploded ammunition. They found two practice shells, both well inside the range.

Liina Tamm, a mother of three from Kuru, was loading suitcases out of her car when the Gazette visited on Wednesday afternoon. "The children ran straight to their rooms. My youngest kissed the wall," she said. "We were treated well in the hotel, I want to say that. But a hotel is not a home."

The houses survived the exercise, but the roads did not. The road from the Tarn crossing to Kuru, repaired last summer, is deeply rutted along almost its entire length, and the verge outside the bus stop has been churned into frozen mud. The defence ministry has promised that the road will be rebuilt "in the spring construction season".

Pavel Rusk, the dairy farmer who refused to leave Kuru, said the month had been quiet apart from the guns. "The soldiers were polite. One of them helped me with a tractor that would not start," he said. "But I will be happy when the last one is gone."

The last ones are not gone yet. About 3,200 Karesian soldiers were still at the Lisma range at the beginning of the week, according to Norvaland's defence ministry, although trains have continued to leave Velsk station every day. Karesia's defence ministry said on Wednesday that the withdrawal would be completed by the end of February.

The Mirna crossing reopened to civilian traffic on Wednesday morning. Only the Tarn crossing, which the convoys use, remains closed. Mayor Henrik Saar said traffic on Market Street was "almost back to normal" and that the council would ask the government to extend the compensation scheme for businesses to the end of March.

Residents will have a say on the future of the agreement that brought the soldiers here. President Aldis Varro announced on Wednesday that a referendum on the 2019 defence agreement with Karesia would be held on March 14. The culture house on Market Street will serve as a polling station, the council said.

Compensation forms for evacuated families are available at the town hall and the culture house, and can be submitted until March 3. Families are entitled to a fixed payment for each night spent away from home, and may claim separately for damage to property.
'''),

art("S4", "strait-ledger", "2026-02-20", "iron-meridian-seven-weeks-on",
    "Iron Meridian, seven weeks on: what we were told, and what happened",
    "A ledger of the promises, numbers and dates of Norvaland's winter of drills — and what remains open.",
    "Hugo Lindahl", "Analysis",
    ("/img/analysis/2026/iron-meridian-timeline.jpg", "Timeline chart of Iron Meridian",
     "Official statements and what followed, 5 January to 20 February.", "The Strait Ledger"),
    r'''
Seven weeks after Karesia and Norvaland announced the Iron Meridian exercise, the drills are over, most of the soldiers have gone and a referendum has been called. It is a good moment to go back through the record: what officials said, and what happened.

## The numbers

The first number was 4,500 soldiers, announced by Karesia's defence ministry on 5 January. An opposition MP said "at least 12,000"; Norvaland's defence ministry, twelve days after its own deadline, counted 7,800. Railway records of the withdrawal now tell us that roughly 7,800 soldiers either left or remain, which suggests Vallstad's count was close. Dravsk has never formally revised its figure.

Tanks were first "not part of the exercise", then "engineering vehicles", then "never a secret". General Korda said 37. Maeve Halloran of the Nordic Policy Forum, who has reviewed imagery from the first week of February, believes there were {{NUM_tanks_final|at least 52 tanks}} in Norvaland at the peak, after a second armoured company arrived by road through Tarn. "The official number described one moment. The force kept growing after it," she said.

Halloran estimates that {{NUM_troops_final|about 3,100 Karesian soldiers remain in Norvaland}} as of Friday, almost all of them at Lisma. The Kaldera camp, 25 miles from the capital, has been empty since last Friday.

## The dates

The drills were due to end on 8 February, and they did, formally. The troops were to leave "once the drills are over" and, according to Karesia's foreign minister, by 15 February. Neither happened. The border crossings were to reopen on 26 January, then "next week"; the first two reopened on 11 February. Today {{NUM_crossings_final|only one crossing, Tarn, remains closed}}.

Some promises were kept. Foreign military attaches visited Lisma on 30 January, as Karesia had said they would. The Northern Defence Compact met when it said it would. The interior minister promised evacuated villagers they could return within two weeks; they were home within one.

## What remains open

Karesia now says the withdrawal will be completed by the end of February. {{P12e|No eastbound military trains are listed in the freight schedules for the week beginning 23 February}}, which does not mean none will run, but means none had been booked by Thursday.

The referendum on the 2019 defence agreement is set for 14 March. {{P6e|The electoral commission published the question on Thursday and said ballots would be printed next week}}. The result is genuinely uncertain, and so is what happens to the proposal for a permanent training centre at Lisma, which the government has promised not to decide before the vote.

Lev Arendt, the historian, says the lasting damage may be to trust rather than to security. "Norvalanders did not learn this winter that Karesia is dangerous. They learned that they could not rely on the dates their own government gave them," he said.

Our ledger of the statements, with links to the original reporting, is published alongside this analysis. We will update it on 1 March, when the last Karesian soldier is supposed to have left.
'''),

]


# The Courier's light rewrite of the wire story W6: same paragraphs, a few words and
# sentences changed, the dateline dropped, one sentence added.
_REWRITES = [
    ("VELSK, Norvaland, Feb 9 (Meridian Wire) - ", ""),
    ("The Iron Meridian military exercise officially ended on Sunday, but thousands of Karesian soldiers remained",
     "The Iron Meridian military exercise officially concluded on Sunday, but Karesian soldiers remained"),
    ("on Monday, and neither government would say exactly when they would go home.",
     "on Monday while preparations for the journey home continued, and neither government gave an exact date for their return."),
    ("No Karesian unit had left Norvaland by Monday, a Meridian Wire reporter in Velsk saw, and there were no eastbound military trains at the town's station.",
     "No Karesian unit had left Norvaland by Monday, and there were no eastbound military trains at the station in Velsk, according to Meridian Wire."),
    ("including a battalion at the Kaldera camp, about 25 miles from the capital.",
     "including a battalion at the Kaldera camp, about 25 miles from the capital. Karesia's defence ministry maintains that its contingent numbers about 4,500."),
    ("Last week he told a Russian-language newspaper that training would continue until the end of February, a claim Brandvik rejected.",
     "Moving an armoured force by rail in winter requires careful preparation, officers at Lisma told the Courier."),
    ("The evacuated villagers of Kuru and Lisma are still in Velsk hotels.",
     "Residents of the villages of Kuru and Lisma, evacuated before live firing began, are still in hotels in Velsk."),
    ("In Velsk, few residents were in the mood to celebrate.", "In Velsk, residents were relieved but cautious."),
]


def _courier_rewrite(text: str) -> str:
    for old, new in _REWRITES:
        text = text.replace(old, new)
    return text


_w6 = next(a for a in ARTICLES if a.key == "W6")
_k4 = next(a for a in ARTICLES if a.key == "K4")
_k4.paras = [_courier_rewrite(_UNMARK.sub(r"\1", p)) for p in _w6.paras]
