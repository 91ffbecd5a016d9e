import type { Week } from '../course-types.ts';

export const week: Week = {
  number: 8,
  title: 'Caring for yourself, and the road ahead',
  summary: 'Your own wellbeing, a simple self-care plan, noticing small wins, and where to go from here.',
  minutes: 30,
  welcome: [
    'You have reached the last week. Whatever else is going on, that took time and care. You may be tired. You may feel that some weeks went well and others did not. Both are normal.',
    'For seven weeks, most of the focus has been on {person}. This week is about you. Looking after yourself is not selfish, and it is not a reward you have to earn. It is part of how you keep going, and part of how you stay close to the people you love.',
  ],
  sections: [
    {
      id: 'your-wellbeing-matters',
      title: 'Your wellbeing matters too',
      blocks: [
        'Caring for someone through a mental illness or a substance use problem can wear you down slowly. Often you do not notice until you are running on empty.',
        'Some signs that you may need more care yourself:',
        {
          list: [
            'you sleep badly, or wake up already on alert',
            'you feel short-tempered, numb or close to tears much of the time',
            'you have stopped seeing friends or doing things you used to enjoy',
            'you skip your own health checks or meals',
            'you feel you cannot think about anything else',
          ],
        },
        'You may also feel grief, anger, guilt or fear, sometimes all in one day. These feelings do not make you a bad person or a bad supporter. They are what love feels like under strain.',
        'If these signs sound familiar, please be gentle with yourself. A talk with your own doctor, a counsellor or a family group can help. In some places, carers can also ask for a break service or a check of their own needs.',
        'If you ever feel hopeless, or have thoughts of suicide or of hurting yourself, please reach out now. Use the Need help now? button at the top of every screen, call a crisis line, or call your local emergency number. You matter, and you deserve support as much as anyone.',
      ],
    },
    {
      id: 'a-self-care-plan',
      title: 'A self-care plan that fits real life',
      blocks: [
        'Self-care does not have to mean spa days or long holidays. For most supporters, it is a few small, steady things that keep the tank from running dry. A plan helps, because when you are stressed, your own needs are the first thing to slip.',
        'A good plan is short, real and kind. It might cover:',
        {
          list: [
            'Body: sleep, food, a short walk, water, your own health visits.',
            'Mind: time each day when you do not think or talk about the illness.',
            'People: one or two people you can be honest with.',
            'Joy: something just for you, like music, a hobby, prayer, cooking or time outside.',
            'Help: who you will turn to when things get heavy.',
          ],
        },
        'Start with one or two things, not ten. Tie them to a day and a time if you can, such as “a walk on Tuesday after work”. Tell someone about your plan so it feels more real.',
        'You will miss days. Everyone does, and that is not failure. Just start again the next day. The point is not to be perfect. The point is that you count too.',
      ],
    },
    {
      id: 'celebrating-small-wins',
      title: 'Noticing and celebrating small wins',
      blocks: [
        'Recovery is made of small steps, and they are easy to miss. When you are worried, your eye goes to what is wrong. It takes practice to notice what is going right.',
        'Small wins might look like:',
        {
          list: [
            '{Person} went to an appointment, or called to make one',
            'they got up, showered and ate, on a hard day',
            'they told you how they really felt',
            'you stayed calm in a moment that used to end in an argument',
            'you held a boundary kindly, or took an hour for yourself',
          ],
        },
        'When you see a win for {person}, you can name it in a simple, warm way: “I noticed you went to your group. That took guts.” Keep it low-key. Big praise can feel like pressure.',
        'Wins still count after a setback. A good month is not wiped out by a bad week. It shows what is possible, for them and for you.',
        'You might keep a short list of wins in your journal. On hard days, read it back. It is a record of hope that you can hold in your hands.',
      ],
    },
    {
      id: 'the-road-ahead',
      title: 'The road ahead',
      blocks: [
        'Recovery is not a straight line, and there is no finish date. There will be good stretches and hard ones. That is true for {person}, and it is true for you as a supporter.',
        'What you have learned in this course stays with you. You know that recovery is possible and personal. You know how to listen, how to set a boundary with love, and how to plan for hard times. You have thought about who else can be part of your circle.',
        'A few ideas for the months ahead:',
        {
          list: [
            'Come back to any week whenever you need it.',
            'Look over your crisis plan every few months, and after any big change.',
            'Keep going to a family group, or try one if you have not yet.',
            'Check your self-care plan now and then, and change it as life changes.',
            'Keep noticing the good moments, in {person} and in yourself.',
          ],
        },
        'You did not cause this. You cannot control it or cure it. And you can still help, in all the quiet ways you already do. Thank you for showing up, for {person} and for yourself.',
      ],
    },
  ],
  story: {
    title: 'Hana’s Thursday nights',
    variants: {
      'mental-illness': [
        'Hana’s {relation}, Rui, lives with depression. Last spring, things got so dark that Rui spent three weeks in hospital. Since then, Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
        'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
        'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
        'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
        'She began to keep a list of small wins too. Rui cooked dinner for the two of them. Rui went to an appointment on their own. Rui laughed at a joke on TV. On the list, she added one for herself: “Went to choir three weeks in a row.”',
        'In the autumn, Rui had a hard patch and their mood dipped for a while. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. She read her list of wins. It reminded her that the hard patch was not the whole story.',
      ],
      'substance-use': [
        'Hana’s {relation}, Rui, had been using drugs for several years. Last spring, Rui chose to go to a treatment programme. Since then, Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
        'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
        'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
        'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
        'She began to keep a list of small wins too. Rui kept going to their recovery meetings. Rui paid back some money they owed a friend. Rui talked with her about their plans for work. On the list, she added one for herself: “Went to choir three weeks in a row.”',
        'In the autumn, Rui returned to use for a few days. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. A week later Rui called her and said, “I had a slip. I’ve told my peer worker.” Hana put that on her list as well. Asking for help is a win too.',
      ],
      both: [
        'Hana’s {relation}, Rui, lives with post-traumatic stress and had been drinking most nights to quiet the memories. Last spring, Rui started seeing a team that helps with both trauma and alcohol. Since then, Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
        'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
        'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
        'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
        'She began to keep a list of small wins too. Rui slept through the night twice in one week. Rui had a whole week without a drink. Rui told her when a memory was getting too loud. She added one for herself: “Went to choir three weeks in a row.”',
        'In the autumn, Rui had a rough few weeks with both the nightmares and the drinking. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. She read her list of wins. It reminded her that the rough weeks were not the whole story.',
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - Drinkaware, Alcohol and depression, https://drinkaware.co.uk/alcohol-facts/health-effects-of-alcohol/mental-health/alcohol-and-depression
    //   (drinking can make depression worse; a GP can help with both; most people with depression recover);
    // - HSE, Alcohol and depression, https://www.askaboutalcohol.ie/health/mental-health-and-alcohol/depression/
    //   (people drink to numb low mood or to sleep, and feel worse afterwards);
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (hearing voices; marijuana can play a part; treatment and support help people recover);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (first-episode psychosis programmes can treat substance use alongside psychosis);
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (high and low phases; many people are well between episodes);
    // - Bipolar Caregivers, Bipolar warning signs, http://www.bipolarcaregivers.org/treatment-and-management/bipolar-warning-signs
    //   (sleeping less is a common early sign; people can learn their own signs).
    // The depression reader already meets depression in the situation story.
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Hana’s {relation}, Rui, lives with psychosis. Last spring, Rui heard voices and grew so frightened that they spent a month in hospital. Since then, Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
          'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
          'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
          'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
          'She began to keep a list of small wins too. Rui went to the cooking group at their early psychosis team. Rui texted an old friend. Rui laughed at a joke on TV. On the list, she added one for herself: “Went to choir three weeks in a row.”',
          'In the autumn, the voices got louder for a while, and Rui’s team saw them more often. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. She read her list of wins. It reminded her that the hard patch was not the whole story.',
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Hana’s {relation}, Rui, lives with bipolar disorder. Last spring, a high phase ended with Rui in hospital for three weeks. Since then, Hana had been on high alert. She watched every mood, slept badly, and stopped going to her choir.',
          'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
          'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
          'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
          'She began to keep a list of small wins too. Rui kept to a bedtime they had chosen. Rui went back to work two days a week. Rui told her when their sleep began to slip, before she asked. On the list, she added one for herself: “Went to choir three weeks in a row.”',
          'In the autumn, Rui’s mood dipped low for a few weeks. Hana felt the old fear come back. But this time she kept her walks and her Thursdays, and she stopped reading every mood. She read her list of wins. It reminded her that the low weeks were not the whole story.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Hana’s {relation}, Rui, lives with psychosis and had been smoking cannabis most days. Last spring, Rui spent a month in hospital. Since then, Rui had been seeing a team that helps with both the psychosis and the cannabis, and Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
          'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
          'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
          'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
          'She began to keep a list of small wins too. Rui went to every team visit in May. Rui had a whole week without cannabis. Rui told her when the voices were getting loud. She added one for herself: “Went to choir three weeks in a row.”',
          'In the autumn, Rui had a rough few weeks, smoking more, with louder voices. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. She read her list of wins. It reminded her that the rough weeks were not the whole story.',
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          'Hana’s {relation}, Rui, lives with depression and had been drinking most nights to get through the low days. Last spring, Rui started seeing a service that helps with both mood and alcohol. Since then, Hana had been on high alert. She checked her phone all day, slept badly, and stopped going to her choir.',
          'At her family group, a friend asked, “What do you do just for you?” Hana laughed, and then found she could not answer.',
          'That night she wrote a plan on a scrap of paper. A walk with her neighbour on Sundays. Choir on Thursday nights again. One honest phone call a week with her cousin. She also wrote down her own warning signs: snapping at people, and forgetting to eat.',
          'The first Thursday, she almost stayed home. She went, and for two hours she thought only about the music.',
          'She began to keep a list of small wins too. Rui came for a Sunday walk. Rui had three nights in a row without a drink. Rui said, “I had a good day today.” She added one for herself: “Went to choir three weeks in a row.”',
          'In the autumn, the low mood came back for a few weeks, and so did the drinking. Hana felt the old fear come back. But this time she kept her walks and her Thursdays. She read her list of wins. It reminded her that the hard weeks were not the whole story.',
        ],
      },
    ],
  },
  takeaways: [
    'Caring for yourself is part of caring for {person}, not a break from it.',
    'Watch for your own warning signs, like poor sleep, a short temper or pulling away.',
    'A good self-care plan is small, real and kind when you miss a day.',
    'Small wins still count after a setback.',
    'Recovery has no finish line. You can come back to these skills at any time.',
  ],
  reflections: [
    {
      id: 'w8-what-i-have-learned',
      prompt: 'Looking back over these eight weeks, what has changed for you?',
      hint: 'It might be something you understand now, something you do differently, or how you feel.',
    },
    {
      id: 'w8-a-small-win',
      prompt: 'What is one small win from the past month, for {person} or for you?',
      hint: 'Small is fine. A calm talk, a good night’s sleep or a kept appointment all count.',
    },
  ],
  practice: {
    id: 'w8-practice',
    title: 'Write your own self-care plan',
    intro: [
      'This week’s skill is to make a simple plan for looking after yourself. Keep it short enough to fit on a sticky note. You can change it any time.',
    ],
    steps: [
      'Write down two or three of your own warning signs, the ones that tell you that you are running low.',
      'Choose one small thing for your body and one for your mind or your joy.',
      'Name one person you can be honest with, and plan when you will next talk.',
      'Put each thing on a day and a time, like any other appointment.',
      'Check in with yourself in two weeks. Keep what helps, drop what does not, and go easy on the days you missed.',
    ],
    plan: [
      {
        id: 'w8-plan-signs',
        label: 'What are my warning signs?',
        hint: 'For example: I stop eating lunch, or I snap at people I love.',
      },
      {
        id: 'w8-plan-things',
        label: 'What small things will I do for myself?',
        hint: 'One or two is plenty to start.',
      },
      {
        id: 'w8-plan-when',
        label: 'When will I do them?',
        hint: 'Pick a day and a time, such as “Saturday morning”.',
      },
      {
        id: 'w8-plan-who',
        label: 'Who will know about my plan?',
        hint: 'Someone who will ask how it is going, kindly.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w8-self-care-selfish',
      question: 'Is it selfish to take time for yourself while {person} is struggling?',
      options: [
        { text: 'Yes, their needs should always come first', correct: false },
        { text: 'No, it is part of being able to keep going', correct: true },
      ],
      explanation:
        'Many supporters feel guilty taking time for themselves. That guilt comes from love. But care that runs on empty cannot last. When you rest and refill, you have more patience and warmth to share, and you show {person} that looking after yourself is normal.',
    },
    {
      id: 'w8-warning-signs',
      question: 'Which of these could be signs that you need more support yourself?',
      options: [
        { text: 'Trouble sleeping most nights', correct: true },
        { text: 'Feeling on edge or numb much of the time', correct: true },
        { text: 'Losing touch with friends', correct: true },
        { text: 'Having a good laugh with a friend', correct: false },
      ],
      explanation:
        'Poor sleep, feeling on edge or numb, and pulling away from people are all common signs of strain. If you notice them, it does not mean you are doing badly. It means you have been carrying a lot, and it is time to let someone help carry it with you.',
    },
    {
      id: 'w8-wins-after-setback',
      question: '{Person} had a good month, then a setback. What about the wins from that month?',
      options: [
        { text: 'They still count', correct: true },
        { text: 'They no longer matter', correct: false },
      ],
      explanation:
        'Setbacks are part of recovery. The good month really happened. It shows what {person} can do, and it can give you both hope while things are hard. It is natural to feel let down, and it is still worth holding on to what went well.',
    },
    {
      id: 'w8-good-self-care-plan',
      question: 'What makes a self-care plan more likely to work?',
      options: [
        { text: 'Lots of big goals and a strict routine', correct: false },
        { text: 'A few small things, tied to a day and time', correct: true },
        { text: 'Starting again kindly after a missed day', correct: true },
      ],
      explanation:
        'Small, steady steps are easier to keep when life is busy and stressful. Missing a day is normal. The plan is there to serve you, not to give you one more thing to feel bad about.',
    },
  ],
  forYou: {
    title: 'A note to yourself',
    blocks: [
      'Take ten quiet minutes. Write a short note to yourself, as if to a good friend who has been through what you have.',
      'You might write about what you have carried, what you have learned, and one thing you are proud of. Then add a line of thanks to yourself for getting here.',
      'Keep the note in your journal. Read it on a day when you need to hear it.',
    ],
  },
};
