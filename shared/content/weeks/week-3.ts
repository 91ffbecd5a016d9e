import type { Week } from '../course-types.ts';

/** Week 3: seeing the whole person, their strengths, and backing the goals they choose. */
export const week: Week = {
  number: 3,
  title: 'The whole person and their strengths',
  summary: 'Look past the illness to the whole person: their health, home, purpose and community, the strengths they already have, and the goals they choose.',
  minutes: 30,
  welcome: [
    {
      kind: 'by-situation',
      variants: {
        'mental-illness': [
          "When someone you love is struggling, the illness can fill the whole picture. Talks turn to symptoms, to appointments, to what went wrong today. That is a normal result of worry and love. It doesn't mean you have stopped seeing the person.",
        ],
        'substance-use': [
          "When someone you love is struggling, the problem can fill the whole picture. Talks turn to drinking or using, to money, to what went wrong today. That is a normal result of worry and love. It doesn't mean you have stopped seeing the person.",
        ],
        both: [
          "When someone you love is struggling, the illness can fill the whole picture. Talks turn to symptoms, to drinking or using, to what went wrong today. That is a normal result of worry and love. It doesn't mean you have stopped seeing the person.",
        ],
      },
    },
    'This week we step back and look at {person} as a whole person. We look at the parts of a good life, at the strengths they already have, and at how you can back the goals they choose for themselves.',
  ],
  sections: [
    {
      id: 'more-than-an-illness',
      title: 'More than an illness',
      blocks: [
        "A diagnosis names one part of a life. It doesn't tell you who someone is. {Person} still has a sense of humour, things they care about, and ways they are kind. Those parts may be harder to see right now. They have not gone away.",
        'Worry narrows what we notice. When you are scared, your mind scans for danger. You may spot every missed meal and every late night. That is your care at work. But if all {person} hears about is what is wrong, they may start to believe that is all they are.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'The recovery model asks us to widen the lens. Recovery is not only fewer symptoms or fewer bad days. It is about a life that feels worth living, in the eyes of the person living it. That might mean friends, a routine, a safe place to sleep, or a reason to get up.',
            ],
            'substance-use': [
              'The recovery model asks us to widen the lens. Recovery is not only fewer drinks or fewer days of using. It is about a life that feels worth living, in the eyes of the person living it. That might mean friends, a routine, a safe place to sleep, or a reason to get up.',
            ],
            both: [
              'The recovery model asks us to widen the lens. Recovery is not only fewer symptoms or fewer drinks. It is about a life that feels worth living, in the eyes of the person living it. That might mean friends, a routine, a safe place to sleep, or a reason to get up.',
            ],
          },
        },
        'You can help by keeping the whole person in view. Here are a few ways:',
        {
          list: [
            'Talk about things other than the illness, like a show, a game or the news.',
            'Ask their view on things they know well.',
            'Include them in family plans and choices where you can.',
            'Share good memories, and notice good moments now.',
          ],
        },
      ],
    },
    {
      id: 'four-parts-of-a-good-life',
      title: 'Four parts of a good life',
      blocks: [
        // The four parts are SAMHSA's four major dimensions that support a life in recovery, from its
        // working definition of recovery (2011/2012): health, home, purpose, community. Checked
        // 2026-12-06 against https://necoalitionforpeers.org/topic/samhsas-definition-of-recovery/
        // and https://summitrco.org/what-is-recovery/4-dimensions-of-recovery (both quoting SAMHSA).
        'Many recovery services talk about four parts of life that support recovery. They are health, home, purpose and community. Together they give you a simple way to see the whole person.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'Health: caring for body and mind, and making choices that help them feel well. For some, this includes treatment, or help with sleep and stress.',
                  'Home: a safe, steady place to live. That might be with family, alone, or with others.',
                  'Purpose: things to do that feel worth doing. Work, study, caring for others, art, faith or a hobby can all count.',
                  'Community: people to belong with. Friends, peers, neighbours, a team, or a group online.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'Health: caring for body and mind, and making choices that help them feel well. For some, this includes treatment, or cutting down on alcohol or drugs.',
                  'Home: a safe, steady place to live. That might be with family, alone, or with others.',
                  'Purpose: things to do that feel worth doing. Work, study, caring for others, art, faith or a hobby can all count.',
                  'Community: people to belong with. Friends, peers, neighbours, a team, or a group online.',
                ],
              },
            ],
            both: [
              {
                list: [
                  'Health: caring for body and mind, and making choices that help them feel well. For some, this includes treatment for their mental health, or cutting down on alcohol or drugs.',
                  'Home: a safe, steady place to live. That might be with family, alone, or with others.',
                  'Purpose: things to do that feel worth doing. Work, study, caring for others, art, faith or a hobby can all count.',
                  'Community: people to belong with. Friends, peers, neighbours, a team, or a group online.',
                ],
              },
            ],
          },
        },
        'These four parts are linked. A steady home can make it easier to keep up with care. A reason to get up can help with sleep and mood. A friend who understands can make a hard week lighter. A small gain in one part often helps the others.',
        "No one needs to work on all four at once. And {person} gets to say which part matters most to them right now. You might think a job is the key. They might feel that a good night's sleep, or one good friend, comes first. Both views can make sense. But their view is the one that will move them.",
      ],
    },
    {
      id: 'looking-for-strengths',
      title: 'Looking for strengths',
      blocks: [
        "A strengths-based approach asks 'What is strong?' as well as 'What is wrong?' It does not ignore problems. It adds the other half of the picture: the half that recovery is built on.",
        'Strengths come in many forms:',
        {
          list: [
            'Skills, like cooking, fixing things, drawing or writing code.',
            'Traits, like being funny, loyal, honest or gentle.',
            'Interests, from music to football to plants.',
            'People who care about them, and people they care for.',
            "Hard times they have lived through. Getting through takes strength, even when it doesn't look neat.",
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Strengths can hide in hard places. Someone who has kept going through years of low mood has stamina. Someone who hears voices and still goes to the shop shows courage. Someone who goes back to the doctor after a bad visit keeps hope alive.',
            ],
            'substance-use': [
              'Strengths can hide in hard places. Someone who has tried to cut down, more than once, keeps hope alive. Someone who tells you about a slip shows courage. Someone who goes back to a group after a setback has stamina.',
            ],
            both: [
              'Strengths can hide in hard places. Someone who has kept going through years of low mood has stamina. Someone who hears voices and still goes to the shop shows courage. Someone who has tried to cut down, more than once, keeps hope alive.',
            ],
          },
        },
        "When you spot a strength, name it in plain, clear words. 'You're great' is kind, but it is easy to brush off. 'You stayed calm when your niece was upset. That was patient of you' is harder to argue with. Real praise about a real moment helps a person see themselves in a new light. It also reminds you that they are still there.",
      ],
    },
    {
      id: 'their-goals-your-backing',
      title: 'Their goals, your backing',
      blocks: [
        'In recovery, the person sets the goals. This can be hard for families. You may see clearly what you think would help. But the goals people choose for themselves are the ones they tend to work for. Goals handed to them can feel like pressure, even when they come from love.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              "{Person}'s goals may look small, or different from yours. They may want to sleep better, see a friend, or get through a family meal without feeling swamped. Those are real goals. Small steps add up.",
            ],
            'substance-use': [
              "{Person}'s goals may look small, or different from yours. They may want to sleep better, see a friend, or get through a family meal without a drink. Those are real goals. Small steps add up.",
            ],
            both: [
              "{Person}'s goals may look small, or different from yours. They may want to sleep better, see a friend, or get through a family meal without a drink. Those are real goals. Small steps add up.",
            ],
          },
        },
        'Here are some ways to back their goals:',
        {
          list: [
            "Ask, don't assign. 'What would you like to be different?' works better than 'You need to...'",
            'Ask what help they want. Then offer something clear, like a lift, a reminder or your company.',
            'Let them set the pace. Slow progress is still progress.',
            'Notice effort, not just results.',
            'If they say no to your help, accept it kindly. You can offer again later.',
          ],
        },
        "Some people can't name a goal at first. When hope is low, wanting things can feel risky. That's okay. You can hold hope for them for a while. Keep noticing strengths, keep the door open, and ask again later, gently.",
        'Backing their goals does not mean giving up your own limits. You still decide what you can give. We look at that in week 6.',
      ],
    },
  ],
  story: {
    title: 'What Robin chose',
    variants: {
      'mental-illness': [
        "Idris's {relation}, Robin, had a hard year. The two of them shared a home. After a long stretch of depression, Robin slept late most days and stayed in their room.",
        'Idris kept a list in his head. Robin should see the doctor more often. Robin should look for work. Robin should eat better. Each time he raised one, Robin went quiet, and the door closed a little more.',
        "One evening, Idris tried something new. He did not bring up work. He asked, 'If next week went a bit better, what would be different?'",
        "Robin took a long time to answer. Then they said, 'I miss playing music. I used to play with a group on Tuesdays.'",
        "Music was not on Idris's list at all. But he remembered how Robin used to light up after those nights. He said, 'You were always good at keeping a group together. Would it help if I found out when they meet?'",
        'Robin said they would look it up themselves. They did. The first Tuesday, they stayed home. The second, they went for an hour.',
        'It did not fix the depression. But Robin began to get up earlier on Tuesdays. They talked about a new friend from the group. A few weeks later, they brought up seeing the doctor again, on their own.',
        'Idris learned something. The goal that moved Robin was the one Robin chose.',
      ],
      'substance-use': [
        "Idris's {relation}, Robin, had been drinking heavily for a few years. Lately they had cut down. The two of them shared a home, and Idris wanted the best for Robin.",
        'Idris had a plan in his head. Robin should stop drinking for good, find a job, and stop seeing old friends from the bar. Each time he raised one of these, Robin got defensive, and they ended up arguing.',
        "One Sunday, Idris tried something new. He said, 'I've been doing a lot of the talking. What do you want for yourself right now?'",
        "Robin thought for a while. 'I want to sleep through the night. And I want to fix bikes again. I used to be good at it.'",
        "Idris had forgotten about the bikes. Robin had once built a whole bike from spare parts. He said, 'You were always patient with that kind of work. Is there anything I can do to help?' Robin asked if they could keep a few old bikes in the hall.",
        'Over the next month, Robin fixed two old bikes. They sold one to a neighbour. On days they worked on the bikes, they tended to drink less and sleep better. There were still hard nights, and one bad weekend. But Robin talked about it instead of hiding it.',
        "Idris saw that backing Robin's own goal did more than his plan had. He still had worries. But now they had something good to talk about.",
      ],
      both: [
        "Idris's {relation}, Robin, has lived with anxiety for a long time. For years they used cannabis to calm down. Over time they used more, and the anxiety got worse, not better. The two of them shared a home.",
        'Idris had a long list of worries. The cannabis. The panic attacks. The lost job. The friends who no longer called. Each time he raised one, Robin shut down or left the room.',
        "One evening, Idris asked a different question. 'Out of everything going on, what matters most to you right now?'",
        "Robin said, 'I want to go to my cousin's wedding in June. And I don't want to spend it hiding outside.'",
        "This was not on Idris's list. But it was clear, and it was Robin's. He said, 'You're good with people once you feel safe. How can I help you get ready?'",
        'Robin chose to talk to their doctor about the panic. They also chose to cut back on cannabis in the weeks before, to see if it helped. Idris offered to go with them on short trips to busy places, for practice. Some days Robin said no, and Idris let that be.',
        'At the wedding, Robin stayed for two hours and danced once. Idris cried a little on the way home. The road ahead was still long. But Robin had picked the goal, and Robin had reached it.',
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - Drinkaware, Alcohol and depression, https://drinkaware.co.uk/alcohol-facts/health-effects-of-alcohol/mental-health/alcohol-and-depression
    //   (drinking can make depression worse; a GP can help with both; most people with depression recover);
    // - HSE, Alcohol and depression, https://www.askaboutalcohol.ie/health/mental-health-and-alcohol/depression/
    //   (people drink to numb low mood or to sleep, and feel worse afterwards);
    // - Psycom, Negative Symptoms of Schizophrenia, https://www.psycom.net/schizophrenia-negative-symptoms
    //   (low motivation, energy and interest are part of the illness, not a choice);
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (first episodes often in young adults; treatment and support help people recover);
    // - Bipolar Caregivers, Bipolar warning signs, http://www.bipolarcaregivers.org/treatment-and-management/bipolar-warning-signs
    //   (sleeping less is a common early sign of a high; people can learn their own signs and act early);
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (many people are well between episodes and lead full, productive lives);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (care teams can treat substance use alongside psychosis).
    // The depression reader already meets depression in the situation story.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          "Idris's {relation}, Robin, came home from hospital after a first episode of psychosis. The two of them shared a home. The voices had eased, but Robin slept late, hardly spoke, and spent most days on the sofa.",
          "Idris kept a list in his head. Get up earlier. Go back to college. Get some fresh air. Each time he raised one, Robin said, 'Maybe,' and nothing changed. Idris began to wonder if Robin was just lazy.",
          'A nurse from the early psychosis team explained. Low drive and low energy can be part of the illness, and can stay after the voices ease. It is not laziness. Small steps that the person chooses tend to work better than a push.',
          "So one evening, Idris put his list away. He asked, 'If next week went a bit better, what would be different?' Robin took a long time to answer. 'I'd draw something. I haven't drawn since all this started.'",
          "Drawing was not on Idris's list at all. But he remembered the sketchbooks Robin used to fill. He said, 'You always had a good eye. You notice things no one else does.'",
          'Robin found an old pencil the next day. The first drawing took a week. Then the team told Robin about an art group for young people, and Robin chose to go.',
          'It did not end the flat days. But Robin had a reason to get up on Wednesdays, and a new friend. Idris learned something. The goal that moved Robin was the one Robin chose.',
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          "Idris's {relation}, Robin, lives with bipolar disorder. The two of them shared a home. Last year, a high phase cost Robin their job at a garage. Then came a long, low winter.",
          'By spring, Robin was steadier. Idris was glad, but he was also afraid. He kept a list in his head of things Robin should avoid. No late nights. No big plans. No stress. Each time he raised one, Robin sighed and left the room.',
          "One evening, Robin said, 'You treat me like I'm made of glass.' Idris saw that it was true. So he asked a different question. 'What do you want for yourself this year?'",
          "Robin did not have to think. 'I want to earn my own money again. I hate asking you for it.'",
          "Idris felt the old fear. But he also remembered how good Robin was with engines, and with people. He said, 'You were the one customers asked for at the garage. How can I help?'",
          "Robin chose to talk with their care worker about going back slowly. They started with two mornings a week at a friend's workshop. Robin set their own bedtime, because they knew that short nights were often their first sign of a high.",
          'There was one scare, when Robin slept badly for a few nights. Robin spotted it and called their care worker. By summer they were working three days a week.',
          "Idris learned something. Backing Robin's own goal did more than any list of his.",
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          "Idris's {relation}, Robin, lives with schizophrenia. Since the voices came back last year, Robin has been drinking heavily at weekends. The two of them shared a home.",
          'Idris had a long list of worries. The drinking. The missed visits to the care team. The empty bottles. The friends who no longer called. Each time he raised one, Robin turned up the TV or left the room.',
          "One evening, Idris asked a different question. 'Out of everything going on, what matters most to you right now?'",
          "Robin said, 'Football. I want to play five-a-side again. I miss the team.'",
          "This was not on Idris's list at all. But it was clear, and it was Robin's. He said, 'You were always the one who kept that team going. How can I help?'",
          'The games were on Saturday mornings. Robin knew that a heavy Friday night would mean missing them. So Robin chose to talk to the care team about the drinking, and about the voices that got loud at night. Idris offered a lift to the first game. Some weeks Robin did not feel up to it, and Idris let that be.',
          'By spring, Robin was playing most Saturdays. There were still hard weekends. But Robin had picked the goal, and Robin was working towards it.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          "Idris's {relation}, Robin, has lived with depression for years. Since losing their job, Robin drinks most evenings, alone in their room. The two of them shared a home.",
          "Idris had a long list of worries. The drinking. The low mood. The unpaid bills. The friends who no longer called. Each time he raised one, Robin said, 'I know. I'm useless,' and went back to their room.",
          "One evening, Idris asked a different question. 'Out of everything going on, what matters most to you right now?'",
          "Robin was quiet. Then they said, 'My niece turns six in March. I want to be at her party, and not be a mess.'",
          "This was not on Idris's list. But it was clear, and it was Robin's. He said, 'She adores you. You always make her laugh. How can I help?'",
          "Robin chose to see their doctor about the low mood, and to tell the doctor about the drinking too. The doctor offered help with both, and Robin chose to cut down, with the doctor's advice. Idris cooked on the nights Robin found hardest. Some nights Robin drank anyway, and Idris did not lecture.",
          'At the party, Robin sat on the floor and built a castle out of blocks. Their niece said it was the best one ever. The road ahead was still long. But Robin had picked the goal, and Robin had reached it.',
        ],
      },
    ],
  },
  takeaways: [
    '{Person} is a whole person, not a diagnosis.',
    'Health, home, purpose and community all feed recovery.',
    'Name real strengths out loud, in plain and clear words.',
    '{Person} sets the goals. You back them.',
    'Small steps count, for them and for you.',
  ],
  reflections: [
    {
      id: 'w3-strengths-you-see',
      prompt: 'What are three strengths you have seen in {person}, even in hard times?',
      hint: 'Think of skills, traits, interests, people in their life, or hard things they got through.',
    },
    {
      id: 'w3-what-matters-to-them',
      prompt: 'What do you think matters most to {person} right now? How could you hear it from them?',
      hint: 'Their answer may be different from yours. That is fine.',
    },
  ],
  practice: {
    id: 'w3-practice',
    title: 'Name a strength, then ask',
    intro: [
      'This week, try one short, kind talk. You name a strength you have seen in {person}. Then, if it feels right, you ask what matters to them.',
      "It doesn't need to be a big moment. A few words over a cup of tea or on a walk are enough.",
    ],
    steps: [
      'Over the next few days, watch for one real strength in {person}. Write down what you saw.',
      'Pick a calm moment. Avoid times of crisis, or times when they are very unwell or not clear-headed.',
      "Say what you saw in one or two plain sentences. For example: 'I noticed you fixed the gate. You took your time and did it well.'",
      "If it feels right, ask one open question. For example: 'What would make next week a bit better for you?'",
      'Listen, and thank them. Ask if there is anything they would like from you. Try not to fix or plan for them.',
    ],
    plan: [
      {
        id: 'w3-plan-strength',
        label: 'What strength have I noticed?',
        hint: 'A skill, a trait, an interest, or something hard they got through.',
      },
      {
        id: 'w3-plan-when',
        label: 'When might be a calm time to say it?',
      },
      {
        id: 'w3-plan-words',
        label: 'What will I say?',
        hint: "Start with 'I noticed...' and keep it short.",
      },
    ],
  },
  selfCheck: [
    {
      id: 'w3-check-four-parts',
      question: 'Which of these are the four parts of life that support recovery?',
      options: [
        { text: 'Health, home, purpose and community', correct: true },
        { text: 'Treatment, rules, rewards and limits', correct: false },
        { text: 'Work, money, marriage and faith', correct: false },
      ],
      explanation:
        'Health, home, purpose and community are the four parts. Work, faith or treatment can fit inside them for some people, but each person fills them in their own way.',
    },
    {
      id: 'w3-check-whose-goal',
      question: "{Person} says their goal is to sleep better. You had hoped they would look for work. What fits a strengths-based approach?",
      options: [
        { text: 'Back the sleep goal, and ask how you can help', correct: true },
        { text: 'Explain why work matters more', correct: false },
        { text: 'Set a job goal for them and check on it each week', correct: false },
      ],
      explanation:
        "It's natural to have hopes of your own for {person}. Goals people choose for themselves are the ones they tend to work for. Better sleep can also help with mood, energy and, one day, work.",
    },
    {
      id: 'w3-check-real-praise',
      question: 'Which of these is the kind of praise that is easiest to believe?',
      options: [
        { text: "'You're amazing.'", correct: false },
        { text: "'You were patient with your niece today. I could see how much she liked that.'", correct: true },
        { text: "'See, you can be normal when you try.'", correct: false },
      ],
      explanation:
        "Praise about a real moment is easy to believe and hard to brush off. 'You're amazing' is kind, and there is nothing wrong with saying it too. The last one can sting, even when it is meant well, because it hints that they are usually not okay.",
    },
    {
      id: 'w3-check-no-goal',
      question: "{Person} says they don't know what they want any more. What might help?",
      options: [
        { text: 'Ask them to pick a goal today, to get things moving', correct: false },
        { text: 'Stay close, notice small strengths, and ask again later', correct: true },
        { text: 'Stop asking, since it only upsets them', correct: false },
      ],
      explanation:
        'When hope is low, naming a goal can feel too big. You can hold hope for them for a while. Gentle, patient interest keeps the door open until they are ready.',
    },
  ],
  forYou: {
    title: 'Your own four parts',
    blocks: [
      'The four parts of a good life apply to you too. When you care for someone, your own health, home, purpose and community can slip without you noticing.',
      'Take a moment to check in with yourself:',
      {
        list: [
          'Health: am I sleeping, eating and moving enough?',
          'Home: is there a space or a time that feels calm for me?',
          'Purpose: what do I do that is just for me?',
          'Community: who do I talk to who is on my side?',
        ],
      },
      'Pick one part and one small step for this week. A walk, an early night, or a call to a friend all count. And name one strength of your own. You have kept going through a lot.',
    ],
  },
};
